import Advisor
import AdvisorServer
import AdvisorWire
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("careerd sessions (router, no sockets)")
struct SessionRouteTests {
    @Test("a persona's conversation over the API ends in the same advice as career advise")
    func conversationMatchesLocalAdvice() async throws {
        let api = try Fixtures.api()
        try await Fixtures.app(api).test(.router) { client in
            let client = APIClient(client: client)
            for name in ["inflated-title", "business-analyst", "cpo-dreamer"] {
                let answers = try Fixtures.scenario(name)
                let session = try await client.create()
                #expect(session.id.count == 32 && session.token.count >= 43)
                #expect(session.state.questionNumber == 1)
                let final = try await client.converse(session, answers)
                #expect(final.complete && final.question == nil)
                let local = try ScriptedRun(knowledge: Fixtures.knowledge, answers: answers).session
                #expect(final.advice == AdviceDocument(session: local), "\(name)")
                let fetched = try await client.call(.get, "/v1/sessions/\(session.id)", token: session.token)
                #expect(try fetched.decode(SessionState.self) == final)
            }
        }
    }

    @Test("every session call needs its own session's bearer token")
    func tokens() async throws {
        try await Fixtures.app(try Fixtures.api()).test(.router) { client in
            let client = APIClient(client: client)
            let mine = try await client.create(), theirs = try await client.create()
            #expect(mine.id != theirs.id && mine.token != theirs.token)
            for token in [nil, "", theirs.token, mine.token + "x"] {
                let reply = try await client.call(.get, "/v1/sessions/\(mine.id)", token: token)
                #expect(reply.status == .unauthorized)
                #expect(reply.error?.code == "unauthorized" && reply.error?.field == "Authorization")
                #expect(reply.headers[.wwwAuthenticate] == "Bearer")
            }
            for header in ["bearer \(mine.token)", "BEARER   \(mine.token) \t", "Bearer \(mine.token)"] {
                let reply = try await client.client.execute(uri: "/v1/sessions/\(mine.id)", method: .get, headers: [.authorization: header])
                #expect(reply.status == .ok, "\(header)")
            }
            for header in ["Basic \(mine.token)", "Bearer", "Bearer    ", mine.token] {
                let reply = try await client.client.execute(uri: "/v1/sessions/\(mine.id)", method: .get, headers: [.authorization: header])
                #expect(reply.status == .unauthorized, "\(header)")
            }
            let answered = try await client.answer(mine, mine.state.question!.id, "1")
            #expect(answered.status == .ok)
            let stolen = try await client.call(.delete, "/v1/sessions/\(mine.id)", token: theirs.token)
            #expect(stolen.status == .unauthorized)
        }
    }

    @Test("client mistakes get 4xx with a JSON error naming the field")
    func clientMistakes() async throws {
        var limits = ServerLimits()
        limits.maxBodyBytes = 1_000
        try await Fixtures.app(try Fixtures.api(limits: limits)).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            let open = s.state.question!.id
            let path = "/v1/sessions/\(s.id)/answers"
            let cases: [(String?, HTTPResponse.Status, String, String?)] = [
                ("{not json", .badRequest, "bad-json", "body"),
                (nil, .badRequest, "bad-json", "body"),
                ("{\"value\": \"1\"}", .badRequest, "missing-field", "question"),
                ("{\"question\": \"\(open)\", \"value\": {\"a\": 1}}", .badRequest, "wrong-type", "value"),
                ("{\"question\": \"\(open)\", \"value\": \"\(String(repeating: "x", count: 2_000))\"}", .contentTooLarge, "body-too-large", "body"),
                ("{\"question\": \"no-such-question\", \"value\": \"1\"}", .unprocessableContent, "unknown-question", "question"),
                ("{\"question\": \"\(open)\", \"value\": \"999\"}", .unprocessableContent, "bad-answer", "value"),
            ]
            for (body, status, code, field) in cases {
                let reply = try await client.call(.post, path, token: s.token, json: body)
                #expect(reply.status == status, "\(body ?? "no body"): \(reply.text)")
                #expect(reply.error?.code == code && reply.error?.field == field, "\(reply.text)")
            }
            let after = try await client.call(.get, "/v1/sessions/\(s.id)", token: s.token).decode(SessionState.self)
            #expect(after == s.state, "a refused answer changed the session")

            let first = try await client.answer(s, open, "1").decode(SessionState.self)
            let again = try await client.answer(s, open, "1")
            #expect(again.status == .conflict && again.error?.code == "not-open")
            #expect(first.question?.id != open)

            for (path, code) in [("/nowhere", "not-found"), ("/v1/sessions/zzz", "no-such-session"),
                                 ("/v1/sessions/\(String(repeating: "0", count: 32))", "no-such-session")] {
                let reply = try await client.call(.get, path, token: s.token)
                #expect(reply.status == .notFound && reply.error?.code == code, "\(path): \(reply.text)")
            }
            let why = try await client.call(.get, "/v1/sessions/\(s.id)/why?depth=zero", token: s.token)
            #expect(why.status == .badRequest && why.error?.field == "depth")
            let how = try await client.call(.get, "/v1/sessions/\(s.id)/how", token: s.token)
            #expect(how.status == .badRequest && how.error?.field == "target")
        }
    }

    @Test("revise, withdraw, restart and delete")
    func revising() async throws {
        try await Fixtures.app(try Fixtures.api()).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            let answers = try Fixtures.scenario("inflated-title")
            let done = try await client.converse(s, answers)
            let first = s.state.question!.id
            let choices = s.state.question!.choices.map(\.value)
            let other = choices.first { $0 != done.advice.answers[0].value.first }!
            let put = try await client.call(.put, "/v1/sessions/\(s.id)/answers/\(first)", token: s.token, json: "{\"value\": \"\(other)\"}")
            #expect(put.status == .ok, "\(put.text)")
            let revised = try put.decode(SessionState.self)
            #expect(revised.advice.answers.first { $0.question == first }?.value == [other])

            let notAsked = try await client.call(.put, "/v1/sessions/\(s.id)/answers/nonexistent", token: s.token, json: "{\"value\": \"1\"}")
            #expect(notAsked.status == .notFound && notAsked.error?.field == "question")

            let withdrawn = try await client.call(.delete, "/v1/sessions/\(s.id)/answers/\(first)", token: s.token).decode(SessionState.self)
            #expect(withdrawn.question?.id == first && !withdrawn.complete)

            let restarted = try await client.call(.delete, "/v1/sessions/\(s.id)/answers", token: s.token).decode(SessionState.self)
            #expect(restarted.answered == 0 && restarted.question == s.state.question)

            let deleted = try await client.call(.delete, "/v1/sessions/\(s.id)", token: s.token)
            #expect(deleted.status == .noContent)
            let gone = try await client.call(.get, "/v1/sessions/\(s.id)", token: s.token)
            #expect(gone.status == .notFound)
        }
    }
}
