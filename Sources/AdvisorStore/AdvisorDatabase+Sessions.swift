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
            let rows = try Self.rows(of: log)
            try pool.write { db in try Self.write(rows, knowledge: identity, as: name, in: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// An answer log as `storedAnswer` rows, the values as JSON. Encoding happens before the
    /// write transaction so that the one writer spends its time on SQLite alone.
    static func rows(of log: some Sequence<AdvisorSession.Answer>) throws -> [(question: String, value: String)] {
        let encoder = JSONEncoder()
        return try log.map { ($0.question, String(decoding: try encoder.encode($0.value), as: UTF8.self)) }
    }

    /// Replaces the answer rows saved under `name` from position `start` on (creating the
    /// session row when missing); `rows` are the answers from `start`. The daemon commits once
    /// per answer, so this runs cached statements rather than building the SQL for every call,
    /// and keeps `createdAt` without reading the row first.
    static func write(_ rows: [(question: String, value: String)], from start: Int = 0, knowledge identity: String, as name: String, in db: Database) throws {
        let now = Date()
        try db.cachedStatement(sql: "UPDATE storedSession SET knowledge = ?, updatedAt = ? WHERE name = ?")
            .execute(arguments: [identity, now, name])
        if db.changesCount == 0 {
            try db.cachedStatement(sql: "INSERT INTO storedSession (name, knowledge, createdAt, updatedAt) VALUES (?, ?, ?, ?)")
                .execute(arguments: [name, identity, now, now])
        }
        try db.cachedStatement(sql: "DELETE FROM storedAnswer WHERE sessionName = ? AND position >= ?").execute(arguments: [name, start])
        let insert = try db.cachedStatement(sql: "INSERT INTO storedAnswer (sessionName, position, question, value) VALUES (?, ?, ?, ?)")
        for (offset, row) in rows.enumerated() {
            try insert.execute(arguments: [name, start + offset, row.question, row.value])
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

    /// The conversations saved by name, most recently updated first; with `daemon`, those
    /// careerd keeps in the same file instead (each guarded by a token), which would bury a
    /// person's handful of saves under a team's thousands of random ids.
    public func sessions(daemon: Bool = false) throws(StoreError) -> [StoredSession] {
        let guarded = "name IN (SELECT sessionName FROM sessionToken)"
        do {
            return try pool.read {
                try StoredSession.filter(sql: daemon ? guarded : "NOT (\(guarded))").order(Column("updatedAt").desc).fetchAll($0)
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// How many sessions careerd keeps here, counted by SQLite rather than by reading them.
    public func daemonSessionCount() throws(StoreError) -> Int {
        do { return try pool.read { try SessionToken.fetchCount($0) } } catch {
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
