import Advisor
import Foundation
import GRDB

/// What the daemon keeps per session: the answer log and the digest of its access token.
/// These calls are async so that a commit (and its fsync) never holds a thread of Swift's
/// cooperative pool.
extension AdvisorDatabase {
    /// A daemon session as stored: its answers and the digest its token must match.
    public struct GuardedLog: Sendable {
        public let digest: String
        public let answers: [AdvisorSession.Answer]
    }

    /// Stores a new, empty session guarded by a token digest.
    public func createGuardedSession(_ name: String, digest: String, knowledge identity: String) async throws(StoreError) {
        do {
            try await pool.write { db in
                try Self.write([], knowledge: identity, as: name, in: db)
                try SessionToken(sessionName: name, digest: digest).insert(db)
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// The log and token digest of a daemon session; nil when there is no such session (or it
    /// was saved by the REPL, which guards nothing with a token).
    public func guardedLog(of name: String) async throws(StoreError) -> GuardedLog? {
        do {
            return try await pool.read { db in
                guard let token = try SessionToken.fetchOne(db, key: name),
                      let saved = try Self.readLog(of: name, in: db) else { return nil }
                return GuardedLog(digest: token.digest, answers: saved.answers)
            }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Replaces a session's answer log, `stored` being the log the database holds for it now;
    /// returns only once the transaction has committed. Only the answers after the part both
    /// logs share are rewritten: a revision usually changes the latest answer, and the daemon
    /// commits on every turn, so a turn writes one row instead of the whole log.
    public func commit(_ log: [AdvisorSession.Answer], replacing stored: [AdvisorSession.Answer], knowledge identity: String, as name: String) async throws(StoreError) {
        let kept = zip(log, stored).prefix { $0 == $1 }.count
        do {
            let rows = try Self.rows(of: log[kept...])
            try await pool.write { db in try Self.write(rows, from: kept, knowledge: identity, as: name, in: db) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// How many daemon sessions are stored, for the cap on sessions.
    public func guardedSessionCount() async throws(StoreError) -> Int {
        do { return try await pool.read { try SessionToken.fetchCount($0) } } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Deletes a session from the async side (the daemon); false when there was none.
    public func deleteGuardedSession(_ name: String) async throws(StoreError) -> Bool {
        do { return try await pool.write { try StoredSession.deleteOne($0, key: name) } } catch {
            throw StoreError(error, path: path)
        }
    }
}
