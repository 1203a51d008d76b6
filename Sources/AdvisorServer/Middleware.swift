import Hummingbird
import Logging
import Synchronization

/// Caps requests in flight (503 beyond it), times every request, and gives every error the
/// API's JSON shape — the router's own 404s and anything unexpected included.
struct APIMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int
    let metrics: ServerMetrics
    private let inFlight = RequestsInFlight()

    /// A reference, so that every copy of the middleware counts the same requests.
    private final class RequestsInFlight: Sendable {
        let count = Atomic<Int>(0)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        defer { metrics.requestDuration.record(ContinuousClock.now - started) }
        guard inFlight.count.add(1, ordering: .relaxed).newValue <= limit else {
            inFlight.count.subtract(1, ordering: .relaxed)
            metrics.rejected.increment()
            throw APIError(.serviceUnavailable, code: "busy", "the daemon is at its limit of \(limit) requests in flight; try again shortly")
        }
        defer { inFlight.count.subtract(1, ordering: .relaxed) }
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as HTTPError {
            throw APIError(error.status, code: error.status == .notFound ? "not-found" : "http-\(error.status.code)",
                           error.body ?? "\(request.method) \(request.uri.path): \(error.status.reasonPhrase)")
        } catch {
            context.logger.error("unexpected error on \(request.method) \(request.uri.path): \(error)")
            throw APIError(.internalServerError, code: "internal", "the daemon failed on this request; it has been logged")
        }
    }
}
