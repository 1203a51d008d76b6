import Advisor
import AdvisorStore
import Foundation
import Hummingbird

/// Every error the API returns, as `{"error": {"code", "message", "field"}}`: `code` is stable
/// for programs, `message` is for people, `field` names the JSON field, path parameter, query
/// parameter or header that was wrong.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public let field: String?

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    struct Body: Codable, Equatable {
        struct Detail: Codable, Equatable {
            let code: String
            let message: String
            let field: String?
        }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if status == .serviceUnavailable || status == .tooManyRequests { headers[.retryAfter] = "1" }
        let body = try JSONEncoder().encode(Body(error: .init(code: code, message: message, field: field)))
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension APIError {
    static let unauthorized = APIError(.unauthorized, code: "unauthorized",
                                       "this call needs the header Authorization: Bearer <token>, with the token given when the session was created",
                                       field: "Authorization")
    static func noSession(_ id: String) -> APIError {
        APIError(.notFound, code: "no-such-session", "there is no session \(id)", field: "id")
    }

    /// How the advisor's own errors reach a client. None of them changed the session.
    init(_ error: AdvisorError, field: String) {
        switch error {
        case .badAnswer(let e): self.init(.unprocessableContent, code: "bad-answer", e.description, field: field)
        case .unknownQuestion: self.init(.unprocessableContent, code: "unknown-question", error.description, field: "question")
        case .nothingToDo(let message): self.init(.conflict, code: "nothing-to-do", message)
        case .knowledgeFailed: self.init(.unprocessableContent, code: "knowledge-failed", error.description, field: field)
        }
    }

    /// Storage failed: the change was undone, so the client may simply try again.
    init(_ error: StoreError) {
        self.init(.serviceUnavailable, code: "storage-unavailable", "nothing was changed: \(error.message)")
    }
}
