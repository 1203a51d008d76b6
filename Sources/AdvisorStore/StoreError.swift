import Foundation
import GRDB

/// A storage failure, worded for the person who has to fix it.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(message: String) { self.message = message }

    init(_ error: any Error, path: String) {
        guard let db = error as? DatabaseError else {
            message = "\(path): \(error.localizedDescription)"
            return
        }
        switch db.resultCode {
        case .SQLITE_FULL:
            message = "\(path): the disk is full; nothing was saved, and your answers are still in this session"
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            message = "\(path) is not a career database or is damaged; move it aside (or use --db PATH) and try again"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            message = "\(path) is busy in another process; try again in a moment"
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            message = "\(path) cannot be opened for writing: \(db.message ?? "permission denied")"
        default:
            message = "\(path): \(db.message ?? "\(db)")"
        }
    }

    public var description: String { message }
}
