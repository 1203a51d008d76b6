import Advisor

/// The caps that keep one client, or one knowledge base, from taking the daemon down. Each
/// is a `careerd` option; the defaults suit one 2-core machine serving a team.
public struct ServerLimits: Sendable {
    /// Largest request body accepted; larger ones get 413.
    public var maxBodyBytes = 64 * 1024
    /// Sessions the database may hold; creating one more gets 503 until some are deleted.
    public var maxSessions = 100_000
    /// Sessions kept in memory; beyond it the least recently used idle ones are dropped
    /// (they come back from the database on their next request). A session of the bundled
    /// knowledge base holds about 0.7 MB of engine state, so the default keeps the daemon
    /// near 1 GB however many sessions exist.
    public var maxResidentSessions = 1_000
    /// Answers (including revisions) one session may take.
    public var maxAnswersPerSession = 1_000
    /// Requests handled at once; more get 503 with `Retry-After`.
    public var maxConcurrentRequests = 4_096
    /// Rule firings allowed per turn, so a runaway rule fails one request.
    public var stepBudget = AdvisorSession.defaultStepBudget
    /// A session untouched this long leaves memory.
    public var idleTimeout: Duration = .seconds(300)

    public init() {}
}
