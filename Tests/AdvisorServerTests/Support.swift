import Advisor
import AdvisorServer
import AdvisorWire
import AdvisorStore
import Foundation
import TestScratch
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledgeDirectory = repository.appendingPathComponent("Knowledge")
    static let knowledge: KnowledgeBase = try! KnowledgeBase(directory: knowledgeDirectory)

    static func databasePath() -> String {
        Scratch.folder("careerd").appendingPathComponent("career.sqlite").path
    }

    static func api(limits: ServerLimits = ServerLimits(), database path: String = databasePath()) throws -> AdvisorAPI {
        AdvisorAPI(knowledge: knowledge, database: try AdvisorDatabase(path: path), limits: limits)
    }

    static func app(_ api: AdvisorAPI) -> some ApplicationProtocol {
        buildApplication(api: api, address: .tcp(host: "127.0.0.1", port: 0), logger: Logger(label: "careerd-test"))
    }

    static func scenario(_ name: String) throws -> AnswersFile {
        try AnswersFile(path: knowledgeDirectory.appendingPathComponent("scenarios/\(name).answers").path)
    }

    static let scenarioNames: [String] = try! FileManager.default.contentsOfDirectory(atPath: knowledgeDirectory.appendingPathComponent("scenarios").path)
        .filter { $0.hasSuffix(".answers") }.map { String($0.dropLast(".answers".count)) }.sorted()
}

/// The API as a client sees it: JSON in, JSON out, the token carried along.
struct APIClient {
    let client: any TestClientProtocol

    struct Reply {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: Data

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(T.self, from: body) }
        var error: APIErrorBody.Detail? { try? decode(APIErrorBody.self).error }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct APIErrorBody: Decodable {
        struct Detail: Decodable { let code: String; let message: String; let field: String? }
        let error: Detail
    }

    func call(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: String? = nil) async throws -> Reply {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        return Reply(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
    }

    func create() async throws -> CreatedSession {
        let reply = try await call(.post, "/v1/sessions")
        #expect(reply.status == .created)
        return try reply.decode(CreatedSession.self)
    }

    func answer(_ session: CreatedSession, _ question: String, _ value: String) async throws -> Reply {
        let body = try JSONEncoder().encode(["question": question, "value": value])
        return try await call(.post, "/v1/sessions/\(session.id)/answers", token: session.token, json: String(decoding: body, as: UTF8.self))
    }

    /// Answers every question a persona's answers file has (skipping the others) until the
    /// advice is complete; returns the final state.
    func converse(_ session: CreatedSession, _ answers: AnswersFile) async throws -> SessionState {
        var state = session.state
        while let question = state.question {
            let reply = try await answer(session, question.id, answers.line(for: question.id)?.text ?? "skip")
            try #require(reply.status == .ok, "\(question.id): \(reply.text)")
            state = try reply.decode(SessionState.self)
        }
        return state
    }
}

