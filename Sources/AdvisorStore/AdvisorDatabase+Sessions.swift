import Advisor
import Foundation
import GRDB

extension AdvisorDatabase {
    /// Saves a conversation's answer log under `name`, replacing what was saved under that name
    /// before, in one transaction: a failure leaves the earlier save intact.
    public func save(_ conversation: any Conversation, as name: String) throws(StoreError) {
        let log = conversation.answers
        let identity = conversation.knowledgeIdentity
        do {
            try pool.write { db in try Self.write(log, knowledge: identity, as: name, in: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Replaces the answer log saved under `name` (creating the session row when missing).
    static func write(_ log: [AdvisorSession.Answer], knowledge identity: String, as name: String, in db: Database) throws {
        let now = Date()
        let created = try StoredSession.fetchOne(db, key: name)?.createdAt ?? now
        try StoredSession(name: name, knowledge: identity, createdAt: created, updatedAt: now).save(db)
        try StoredAnswer.filter(Column("sessionName") == name).deleteAll(db)
        let encoder = JSONEncoder()
        for (position, entry) in log.enumerated() {
            let value = String(decoding: try encoder.encode(entry.value), as: UTF8.self)
            try StoredAnswer(sessionName: name, position: position, question: entry.question, value: value).insert(db)
        }
    }

    /// The answer log saved under `name`, or nil when there is none.
    public func answers(of name: String) throws(StoreError) -> (session: StoredSession, answers: [AdvisorSession.Answer])? {
        do { return try pool.read { try Self.readLog(of: name, in: $0) } } catch {
            throw StoreError(error, path: path)
        }
    }

    static func readLog(of name: String, in db: Database) throws -> (session: StoredSession, answers: [AdvisorSession.Answer])? {
        guard let stored = try StoredSession.fetchOne(db, key: name) else { return nil }
        let rows = try StoredAnswer.filter(Column("sessionName") == name).order(Column("position")).fetchAll(db)
        let decoder = JSONDecoder()
        let log = try rows.map { row in
            AdvisorSession.Answer(question: row.question, value: try decoder.decode(AnswerValue.self, from: Data(row.value.utf8)))
        }
        return (stored, log)
    }

    /// Replaces a conversation's answers with those saved under `name`.
    public func load(_ name: String, into conversation: any Conversation) throws(StoreError) {
        guard let saved = try answers(of: name) else { throw StoreError(message: "there is no saved session named \(name)") }
        do { try conversation.replay(saved.answers) } catch {
            throw StoreError(message: "session \(name) could not be replayed: \(error)")
        }
    }

    /// Every saved session, most recently updated first.
    public func sessions() throws(StoreError) -> [StoredSession] {
        do { return try pool.read { try StoredSession.order(Column("updatedAt").desc).fetchAll($0) } } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Deletes a saved session; returns false when there was none by that name.
    @discardableResult
    public func delete(_ name: String) throws(StoreError) -> Bool {
        do { return try pool.write { try StoredSession.deleteOne($0, key: name) } } catch {
            throw StoreError(error, path: path)
        }
    }
}
