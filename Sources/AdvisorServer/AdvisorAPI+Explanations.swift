import Advisor
import AdvisorWire
import Foundation
import Hummingbird

/// why, how, why-not, what-if and the brief, none of which changes the session.
extension AdvisorAPI {
    func addExplanationRoutes(to router: Router<AdvisorRequestContext>) {
        router.get("v1/sessions/:id/why") { request, context in
            let depth = try Self.depth(request)
            return try await self.reading(request, context) { _, session in
                guard let question = session.openQuestion, let why = session.why(depth: depth) else {
                    throw APIError(.conflict, code: "no-open-question", "no question is open; ask how a recommendation was reached instead")
                }
                return WhyResponse(question: question.id, depth: depth, why: why)
            }
        }
        router.get("v1/sessions/:id/how") { request, context in
            let target = try Self.query(request, "target")
            return try await self.reading(request, context) { _, session in
                guard let explanation = session.how(target) else {
                    throw APIError(.notFound, code: "no-such-target", "\(target) is not one of this session's recommendations or its placement", field: "target")
                }
                return HowResponse(target: target, explanation: explanation)
            }
        }
        router.get("v1/sessions/:id/why-not") { request, context in
            let role = try Self.query(request, "role")
            return try await self.reading(request, context) { _, session in
                guard let response = WhyNotResponse(role: role, answer: session.whyNot(role)) else {
                    throw APIError(.notFound, code: "no-such-role", "no role is called \(role)", field: "role")
                }
                return response
            }
        }
        router.post("v1/sessions/:id/what-if") { request, context in
            let changes = try await self.body.decode(WhatIfRequest.self, from: request).answers.map { ($0.question, $0.value.typed) }
            guard !changes.isEmpty else { throw APIError(.badRequest, code: "empty", "give at least one answer to change", field: "answers") }
            return try await self.reading(request, context) { _, session in
                let fork: AdvisorSession
                do { fork = try session.whatIf(changes) } catch let error as AdvisorError { throw APIError(error, field: "answers") }
                return WhatIfResponse(advice: AdviceDocument(session: fork), question: fork.openQuestion,
                                      diff: AdviceDiff(from: session.advice, to: fork.advice))
            }
        }
        router.get("v1/sessions/:id/report") { request, context in
            let format = request.uri.queryParameters.get("format") ?? "markdown"
            guard ["markdown", "html", "json"].contains(format) else {
                throw APIError(.badRequest, code: "bad-format", "format must be markdown, html or json", field: "format")
            }
            let brief = try await self.reading(request, context) { _, session in Brief(session: session) }
            return try Self.render(brief, format: format)
        }
    }

    private static func render(_ brief: Brief, format: String) throws -> Response {
        let (text, type): (String, String)
        switch format {
        case "html": (text, type) = (brief.html(svg: Graphviz.svg(brief.map)), "text/html; charset=utf-8")
        case "json": (text, type) = (try brief.jsonText() + "\n", "application/json")
        default: (text, type) = (brief.markdown, "text/markdown; charset=utf-8")
        }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func query(_ request: Request, _ name: String) throws -> String {
        guard let value = request.uri.queryParameters.get(name), !value.isEmpty else {
            throw APIError(.badRequest, code: "missing-parameter", "the query parameter \(name) is required", field: name)
        }
        return value
    }

    private static func depth(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters.get("depth") else { return 1 }
        guard let depth = Int(text), (1...20).contains(depth) else {
            throw APIError(.badRequest, code: "bad-parameter", "depth must be a whole number from 1 to 20", field: "depth")
        }
        return depth
    }
}
