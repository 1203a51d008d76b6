import Advisor
import AdvisorServer
import AdvisorStore
import AdvisorWire
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("careerd explanations, limits, memory and metrics (router, no sockets)")
struct DaemonBehaviourTests {
    @Test("why, how, why-not, what-if and the report; none of them changes the session")
    func explanations() async throws {
        try await Fixtures.app(try Fixtures.api()).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            let base = "/v1/sessions/\(s.id)"
            let why = try await client.call(.get, "\(base)/why", token: s.token).decode(WhyResponse.self)
            #expect(why.question == s.state.question?.id && !why.askedBecause.isEmpty && !why.leadsTo.isEmpty)

            let done = try await client.converse(s, try Fixtures.scenario("inflated-title"))
            let noOpen = try await client.call(.get, "\(base)/why", token: s.token)
            #expect(noOpen.status == .conflict)

            let how = try await client.call(.get, "\(base)/how?target=placement", token: s.token).decode(HowResponse.self)
            #expect(how.explanation.leaves.contains { $0.text.hasPrefix("You answered") })

            let role = try #require(Fixtures.knowledge.map.nodes.first { node in
                done.advice.placement?.role != node.id && !done.advice.recommendations.contains { $0.target == node.id }
            })
            let whyNot = try await client.call(.get, "\(base)/why-not?role=\(role.id)", token: s.token)
            #expect(whyNot.status == .ok, "\(whyNot.text)")
            #expect(try whyNot.decode(WhyNotResponse.self).status != .recommended)
            let noRole = try await client.call(.get, "\(base)/why-not?role=astronaut", token: s.token)
            #expect(noRole.status == .notFound && noRole.error?.field == "role")

            let first = try #require(done.advice.answers.first)
            let question = try #require(Fixtures.knowledge.question(first.question))
            let other = try #require(question.choices.first { !first.value.contains($0.value) })
            let whatIf = try await client.call(.post, "\(base)/what-if", token: s.token,
                                               json: "{\"answers\": [{\"question\": \"\(first.question)\", \"value\": \"\(other.value)\"}]}")
            #expect(whatIf.status == .ok, "\(whatIf.text)")
            #expect(try whatIf.decode(WhatIfResponse.self).advice.answers.first { $0.question == first.question }?.value == [other.value])

            for (format, type, marker) in [("markdown", "text/markdown", "## "), ("json", "application/json", "careeradvisor.brief/1"), ("html", "text/html", "<html")] {
                let report = try await client.call(.get, "\(base)/report?format=\(format)", token: s.token)
                #expect(report.status == .ok && report.headers[.contentType]?.hasPrefix(type) == true && report.text.contains(marker), "\(format)")
            }
            let after = try await client.call(.get, base, token: s.token).decode(SessionState.self)
            #expect(after == done, "an explanation changed the session")
        }
    }

    @Test("a new daemon on the same database serves every answer acknowledged by the old one")
    func restartReplaysFromTheDatabase() async throws {
        let path = Fixtures.databasePath()
        let (session, state) = try await Fixtures.app(try Fixtures.api(database: path)).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            var state = s.state
            for _ in 0..<3 { state = try await client.answer(s, state.question!.id, "1").decode(SessionState.self) }
            return (s, state)
        }
        try await Fixtures.app(try Fixtures.api(database: path)).test(.router) { client in
            let reply = try await APIClient(client: client).call(.get, "/v1/sessions/\(session.id)", token: session.token)
            #expect(try reply.decode(SessionState.self) == state)
        }
    }

    @Test("an answer the replay leaves out (its question retired) does not shift the stored log")
    func replayThatDropsAnAnswerKeepsTheStoredLogRight() async throws {
        let path = Fixtures.databasePath()
        let session = try await Fixtures.app(try Fixtures.api(database: path)).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            var state = s.state
            for _ in 0..<2 { state = try await client.answer(s, state.question!.id, "1").decode(SessionState.self) }
            return s
        }
        // As if the knowledge base had since dropped a question answered in between.
        let database = try AdvisorDatabase(path: path)
        let stored = try #require(try await database.guardedLog(of: session.id)).answers
        var withRetired = stored
        withRetired.insert(AdvisorSession.Answer(question: "retired-question", value: .choices(["1"])), at: 1)
        try await database.commit(withRetired, replacing: stored, knowledge: Fixtures.knowledge.identity, as: session.id)
        let state = try await Fixtures.app(try Fixtures.api(database: path)).test(.router) { client in
            let client = APIClient(client: client)
            let open = try await client.call(.get, "/v1/sessions/\(session.id)", token: session.token).decode(SessionState.self)
            #expect(open.answered == 2, "the replay leaves the retired answer out")
            return try await client.answer(session, open.question!.id, "1").decode(SessionState.self)
        }
        let log = try #require(try await database.guardedLog(of: session.id)).answers
        #expect(log.map(\.question) == state.advice.answers.map(\.question))
    }

    @Test("idle sessions leave memory and come back on their next request")
    func eviction() async throws {
        var limits = ServerLimits()
        limits.maxResidentSessions = 3
        let api = try Fixtures.api(limits: limits)
        try await Fixtures.app(api).test(.router) { client in
            let client = APIClient(client: client)
            var sessions: [(CreatedSession, SessionState)] = []
            for _ in 0..<6 {
                let s = try await client.create()
                sessions.append((s, try await client.answer(s, s.state.question!.id, "2").decode(SessionState.self)))
            }
            let health = try await client.call(.get, "/healthz")
            #expect(health.text.contains("\"sessionsResident\":3"), "\(health.text)")
            for (s, state) in sessions {
                #expect(try await client.call(.get, "/v1/sessions/\(s.id)", token: s.token).decode(SessionState.self) == state)
            }
        }
    }

    @Test("caps on sessions and answers, and a runaway turn fails only its own request")
    func limits() async throws {
        var limits = ServerLimits()
        limits.maxSessions = 2
        limits.maxAnswersPerSession = 2
        try await Fixtures.app(try Fixtures.api(limits: limits)).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            _ = try await client.create()
            let third = try await client.call(.post, "/v1/sessions")
            #expect(third.status == .serviceUnavailable && third.error?.code == "too-many-sessions")
            var state = s.state
            for _ in 0..<2 { state = try await client.answer(s, state.question!.id, "1").decode(SessionState.self) }
            let over = try await client.answer(s, state.question!.id, "1")
            #expect(over.status == .conflict && over.error?.code == "too-many-answers")
            #expect(try await client.call(.get, "/v1/sessions/\(s.id)", token: s.token).decode(SessionState.self) == state)
        }

        var tight = ServerLimits()
        tight.stepBudget = 1
        try await Fixtures.app(try Fixtures.api(limits: tight)).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            let reply = try await client.answer(s, s.state.question!.id, "1")
            #expect(reply.status == .unprocessableContent && reply.error?.code == "knowledge-failed", "\(reply.text)")
            #expect(try await client.call(.get, "/v1/sessions/\(s.id)", token: s.token).decode(SessionState.self) == s.state)
            #expect(try await client.call(.get, "/healthz").status == .ok)
        }
    }

    @Test("requests over the cap on requests in flight get 503 with Retry-After")
    func concurrencyCap() async throws {
        var limits = ServerLimits()
        limits.maxConcurrentRequests = 0
        try await Fixtures.app(try Fixtures.api(limits: limits)).test(.router) { client in
            let reply = try await APIClient(client: client).call(.post, "/v1/sessions")
            #expect(reply.status == .serviceUnavailable && reply.error?.code == "busy")
            #expect(reply.headers[.retryAfter] == "1")
        }
    }

    @Test("metrics count sessions and turns; the API description is the one in docs/")
    func serviceRoutes() async throws {
        try await Fixtures.app(try Fixtures.api()).test(.router) { client in
            let client = APIClient(client: client)
            let s = try await client.create()
            _ = try await client.answer(s, s.state.question!.id, "1")
            let metrics = try await client.call(.get, "/metrics").text
            #expect(metrics.contains("careerd_sessions_created_total 1"))
            #expect(metrics.contains("careerd_turns_total 1"))
            #expect(metrics.contains("careerd_turn_duration_seconds_bucket"))
            #expect(metrics.contains("careerd_request_duration_seconds_count"))
            let served = try await client.call(.get, "/openapi.json").body
            let documented = try Data(contentsOf: Fixtures.repository.appendingPathComponent("docs/openapi.json"))
            #expect(served == documented)
            let document = try #require(try JSONSerialization.jsonObject(with: served) as? [String: Any])
            #expect(document["openapi"] as? String == "3.0.3")
        }
    }
}
