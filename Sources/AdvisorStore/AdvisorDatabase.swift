import Advisor
import Foundation
import GRDB

/// The SQLite database of saved sessions. It owns the connection (a WAL pool, so a REPL and a
/// daemon can share one file) and the migrator. A session is stored as the identity of the
/// knowledge base it was answered against plus its ordered answer log.
public final class AdvisorDatabase: Sendable {
    let pool: DatabasePool
    public let path: String

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// `$XDG_DATA_HOME/career/career.sqlite`, by default `~/.local/share/career/career.sqlite`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (env["HOME"] ?? NSTemporaryDirectory()) + "/.local/share"
        return base + "/career/career.sqlite"
    }

    /// Named migrations; never edit one that has shipped, add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions and answers") { db in
            try db.create(table: "storedSession") { t in
                t.primaryKey("name", .text)
                t.column("knowledge", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "storedAnswer") { t in
                t.column("sessionName", .text).notNull().references("storedSession", onDelete: .cascade, onUpdate: .cascade)
                t.column("position", .integer).notNull()
                t.column("question", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["sessionName", "position"])
            }
        }
        migrator.registerMigration("v2: access tokens for daemon sessions") { db in
            try db.create(table: "sessionToken") { t in
                t.primaryKey("sessionName", .text).references("storedSession", onDelete: .cascade, onUpdate: .cascade)
                t.column("digest", .text).notNull()
            }
        }
        return migrator
    }
}
