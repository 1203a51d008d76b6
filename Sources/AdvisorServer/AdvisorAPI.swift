import Advisor
import AdvisorStore
import AdvisorWire
import Foundation
import Hummingbird

/// The daemon's state shared by every request: the knowledge base compiled once, the store,
/// the resident sessions, the limits and the metrics.
public final class AdvisorAPI: Sendable {
    let knowledge: KnowledgeBase
    let database: AdvisorDatabase
    let limits: ServerLimits
    let registry: SessionRegistry
    let metrics = ServerMetrics()
    let body: RequestBody

    public init(knowledge: KnowledgeBase, database: AdvisorDatabase, limits: ServerLimits = ServerLimits()) {
        self.knowledge = knowledge
        self.database = database
        self.limits = limits
        registry = SessionRegistry(knowledge: knowledge, database: database, limits: limits)
        body = RequestBody(maxBytes: limits.maxBodyBytes)
    }

    /// Every route of API v1 plus the service routes, behind the API middleware.
    public func router() -> Router<AdvisorRequestContext> {
        let router = Router(context: AdvisorRequestContext.self)
        router.add(middleware: APIMiddleware(limit: limits.maxConcurrentRequests, metrics: metrics))
        addServiceRoutes(to: router)
        addSessionRoutes(to: router)
        addExplanationRoutes(to: router)
        return router
    }

    /// A request's session id, bearer token and session, run through `body` with the session
    /// to itself.
    func reading<T: Sendable>(_ request: Request, _ context: AdvisorRequestContext,
                              _ body: @escaping @Sendable (_ id: String, AdvisorSession) throws -> T) async throws -> T {
        let id = try context.parameters.require("id")
        let token = Credentials.bearer(request)
        return try await registry.with(id) { try await $0.read(token: token, body) }
    }

    /// As `reading`, for calls that change the session: counted and timed as turns, and
    /// committed before the response is built.
    func changing<T: Sendable>(_ request: Request, _ context: AdvisorRequestContext,
                               _ body: @escaping @Sendable (_ id: String, AdvisorSession) throws -> T) async throws -> T {
        let id = try context.parameters.require("id")
        let token = Credentials.bearer(request)
        let started = ContinuousClock.now
        let result = try await registry.with(id) { try await $0.change(token: token, body) }
        metrics.turns.increment()
        metrics.turnDuration.record(ContinuousClock.now - started)
        return result
    }
}
