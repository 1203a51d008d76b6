import Advisor
import AdvisorStore
import Synchronization

/// The sessions in memory. A request leases its session for as long as it runs; only
/// sessions nobody leases are dropped (idle too long, or the least recently used when over
/// the resident cap), so a dropped session can never have a request in flight whose commit
/// a fresh replay would miss.
final class SessionRegistry: Sendable {
    private struct Entry {
        let live: LiveSession
        var leases = 0
        var lastUsed = ContinuousClock.now
    }

    let knowledge: KnowledgeBase
    let database: AdvisorDatabase
    let limits: ServerLimits
    private let entries = Mutex<[String: Entry]>([:])

    init(knowledge: KnowledgeBase, database: AdvisorDatabase, limits: ServerLimits) {
        self.knowledge = knowledge
        self.database = database
        self.limits = limits
    }

    var residentCount: Int { entries.withLock { $0.count } }

    /// Runs `body` with the session `id`, loading it on first use.
    func with<T: Sendable>(_ id: String, _ body: (LiveSession) async throws -> T) async throws -> T {
        guard Credentials.isWellFormedID(id) else { throw APIError.noSession(id) }
        let live = lease(id) { LiveSession(id: id, knowledge: knowledge, database: database, limits: limits) }
        var missing = false
        defer { release(id, forget: missing) }
        do {
            return try await body(live)
        } catch let error as APIError where error.code == APIError.noSession(id).code {
            missing = true
            throw error
        }
    }

    /// Makes a new session resident right after it was stored.
    func adopt(_ live: LiveSession) {
        lease(live.id) { live }
        release(live.id, forget: false)
    }

    /// Forgets a deleted session.
    func forget(_ id: String) {
        entries.withLock { _ = $0.removeValue(forKey: id) }
    }

    /// Drops the sessions nobody has used for `idleTimeout`; returns how many.
    @discardableResult
    func sweep(now: ContinuousClock.Instant = .now) -> Int {
        entries.withLock { entries in
            let idle = entries.filter { $0.value.leases == 0 && now - $0.value.lastUsed >= limits.idleTimeout }.map(\.key)
            for id in idle { entries.removeValue(forKey: id) }
            return idle.count
        }
    }

    @discardableResult
    private func lease(_ id: String, making: () -> LiveSession) -> LiveSession {
        entries.withLock { entries in
            if entries[id] == nil {
                if entries.count >= limits.maxResidentSessions { Self.dropLeastRecentlyUsed(&entries, keeping: limits.maxResidentSessions * 9 / 10) }
                entries[id] = Entry(live: making())
            }
            entries[id]!.leases += 1
            entries[id]!.lastUsed = .now
            return entries[id]!.live
        }
    }

    private func release(_ id: String, forget: Bool) {
        entries.withLock { entries in
            guard var entry = entries[id] else { return }
            entry.leases -= 1
            entry.lastUsed = .now
            entries[id] = forget && entry.leases == 0 ? nil : entry
        }
    }

    /// Evicts idle sessions, oldest first, until at most `keeping` remain (or only leased ones do).
    private static func dropLeastRecentlyUsed(_ entries: inout [String: Entry], keeping: Int) {
        let idle = entries.filter { $0.value.leases == 0 }.sorted { $0.value.lastUsed < $1.value.lastUsed }
        for (id, _) in idle.prefix(max(0, entries.count - keeping)) { entries.removeValue(forKey: id) }
    }
}
