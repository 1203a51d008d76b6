import Advisor
import AdvisorWire
import AdvisorStore

/// One conversation held by the daemon. The actor, together with its queue of waiting
/// requests, lets exactly one request at a time work on the conversation — across the
/// commit's suspension too — while other sessions go on in parallel. It comes back from the
/// database by replay on its first request, and is only ever changed after a commit, so
/// memory never holds an answer the database does not.
actor LiveSession {
    let id: String
    private let knowledge: KnowledgeBase
    private let database: AdvisorDatabase
    private let limits: ServerLimits
    private var loaded: (digest: String, session: AdvisorSession)?
    /// The answer log as the database holds it, which a commit rewrites from where it differs.
    /// Not always the session's: a replay leaves out answers to questions the knowledge base
    /// no longer asks.
    private var storedLog: [AdvisorSession.Answer] = []
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(id: String, knowledge: KnowledgeBase, database: AdvisorDatabase, limits: ServerLimits) {
        self.id = id
        self.knowledge = knowledge
        self.database = database
        self.limits = limits
    }

    /// A session just created: nothing to replay.
    init(id: String, digest: String, session: sending AdvisorSession, database: AdvisorDatabase, limits: ServerLimits) {
        self.id = id
        knowledge = session.knowledge
        self.database = database
        self.limits = limits
        loaded = (digest, session)
    }

    /// Reads the conversation without changing it.
    func read<T: Sendable>(token: String?, _ body: @Sendable (_ id: String, AdvisorSession) throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try body(id, try await authorized(token))
    }

    /// Changes the conversation and commits its answer log before returning; when the commit
    /// fails the change is undone, so the caller's answer is either acknowledged and stored or
    /// refused and forgotten.
    func change<T: Sendable>(token: String?, _ body: @Sendable (_ id: String, AdvisorSession) throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        let session = try await authorized(token)
        let before = session.answers
        let result = try body(id, session)
        guard session.answers != before else { return result }
        guard session.answers.count <= limits.maxAnswersPerSession else {
            try restore(before)
            throw APIError(.conflict, code: "too-many-answers", "a session takes at most \(limits.maxAnswersPerSession) answers; start a new one")
        }
        do {
            try await database.commit(session.answers, replacing: storedLog, knowledge: knowledge.identity, as: id)
            storedLog = session.answers
        } catch {
            try restore(before)
            throw APIError(error)
        }
        return result
    }

    /// Deletes the conversation, from the database first.
    func delete(token: String?) async throws {
        await acquire()
        defer { release() }
        _ = try await authorized(token)
        do { _ = try await database.deleteGuardedSession(id) } catch { throw APIError(error) }
        loaded = nil
        storedLog = []
    }

    private func authorized(_ token: String?) async throws -> AdvisorSession {
        if loaded == nil { try await load() }
        guard let loaded else { throw APIError.noSession(id) }
        guard let token, Credentials.matches(token, digest: loaded.digest) else { throw APIError.unauthorized }
        loaded.session.stepBudget = limits.stepBudget
        return loaded.session
    }

    private func load() async throws {
        let stored: AdvisorDatabase.GuardedLog?
        do { stored = try await database.guardedLog(of: id) } catch { throw APIError(error) }
        guard let stored else { return }
        storedLog = stored.answers
        do {
            loaded = (stored.digest, try AdvisorSession(knowledge: knowledge, replaying: stored.answers))
        } catch {
            throw APIError(.unprocessableContent, code: "replay-failed", "session \(id) could not be replayed against this knowledge base: \(error)")
        }
    }

    private func restore(_ log: [AdvisorSession.Answer]) throws {
        guard let digest = loaded?.digest else { return }
        loaded = (digest, try AdvisorSession(knowledge: knowledge, replaying: log))
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
