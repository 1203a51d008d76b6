import Foundation
import GRDB

/// One row of `storedSession`: a saved conversation's name and provenance.
public struct StoredSession: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public var name: String
    /// `KnowledgeBase.identity` of the knowledge base the answers were given against.
    public var knowledge: String
    public var createdAt: Date
    public var updatedAt: Date
}

/// One row of `storedAnswer`: one entry of a session's answer log, the value as JSON.
struct StoredAnswer: Codable, Sendable, FetchableRecord, PersistableRecord {
    var sessionName: String
    var position: Int
    var question: String
    var value: String
}
