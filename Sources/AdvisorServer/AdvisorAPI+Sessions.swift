import Advisor
import AdvisorWire
import Hummingbird

/// Creating, reading, answering, revising and deleting sessions.
extension AdvisorAPI {
    func addSessionRoutes(to router: Router<AdvisorRequestContext>) {
        router.post("v1/sessions") { _, _ in try await self.createSession() }
        router.get("v1/sessions/:id") { request, context in
            try await self.reading(request, context) { SessionState(id: $0, session: $1) }
        }
        router.delete("v1/sessions/:id") { request, context -> HTTPResponse.Status in
            let id = try context.parameters.require("id")
            let token = Credentials.bearer(request)
            try await self.registry.with(id) { try await $0.delete(token: token) }
            self.registry.forget(id)
            return .noContent
        }
        router.post("v1/sessions/:id/answers") { request, context in
            let answer = try await self.body.decode(NewAnswer.self, from: request)
            return try await self.changing(request, context) { id, session in
                try Self.answerOpenQuestion(session, answer)
                return SessionState(id: id, session: session)
            }
        }
        router.put("v1/sessions/:id/answers/:question") { request, context in
            let question = try context.parameters.require("question")
            let revised = try await self.body.decode(RevisedAnswer.self, from: request)
            return try await self.changing(request, context) { id, session in
                try Self.revise(session, question, revised.value)
                return SessionState(id: id, session: session)
            }
        }
        router.delete("v1/sessions/:id/answers/:question") { request, context in
            let question = try context.parameters.require("question")
            return try await self.changing(request, context) { id, session in
                do { try session.withdraw(question) } catch let error as AdvisorError { throw APIError(error, field: "question") }
                return SessionState(id: id, session: session)
            }
        }
        router.delete("v1/sessions/:id/answers") { request, context in
            try await self.changing(request, context) { id, session in
                do { try session.restart() } catch let error as AdvisorError { throw APIError(error, field: "answers") }
                return SessionState(id: id, session: session)
            }
        }
    }

    private func createSession() async throws -> EditedResponse<CreatedSession> {
        let count: Int
        do { count = try await database.guardedSessionCount() } catch { throw APIError(error) }
        guard count < limits.maxSessions else {
            throw APIError(.serviceUnavailable, code: "too-many-sessions", "the daemon holds its limit of \(limits.maxSessions) sessions; delete finished ones")
        }
        let id = Credentials.newID(), token = Credentials.newToken(), digest = Credentials.digest(token)
        let session: AdvisorSession
        do { session = try AdvisorSession(knowledge: knowledge) } catch { throw APIError(error, field: "knowledge") }
        session.stepBudget = limits.stepBudget
        do { try await database.createGuardedSession(id, digest: digest, knowledge: knowledge.identity) } catch { throw APIError(error) }
        let state = SessionState(id: id, session: session)
        registry.adopt(LiveSession(id: id, digest: digest, session: session, database: database, limits: limits))
        metrics.sessionsCreated.increment()
        return EditedResponse(status: .created, response: CreatedSession(id: id, token: token, state: state))
    }

    /// `POST …/answers` answers the open question only, so that a client retrying after a lost
    /// response cannot answer a later question with an earlier question's value.
    static func answerOpenQuestion(_ session: AdvisorSession, _ answer: NewAnswer) throws {
        guard session.knowledge.question(answer.question) != nil else {
            throw APIError(.unprocessableContent, code: "unknown-question", "\(answer.question): there is no such question in this knowledge base", field: "question")
        }
        guard let open = session.openQuestion else {
            throw APIError(.conflict, code: "complete", "the advice is complete; revise an answer with PUT …/answers/{question}", field: "question")
        }
        guard open.id == answer.question else {
            let state = session.answer(to: answer.question) != nil ? "has been answered already (revise it with PUT …/answers/\(answer.question))" : "has not been asked"
            throw APIError(.conflict, code: "not-open", "\(answer.question) \(state); the open question is \(open.id)", field: "question")
        }
        do { try session.answer(open.id, answer.value.typed) } catch { throw APIError(error, field: "value") }
    }

    /// `PUT …/answers/{question}` changes an answer already given (or answers the open question).
    static func revise(_ session: AdvisorSession, _ question: String, _ value: AnswerInput) throws {
        guard session.knowledge.question(question) != nil else {
            throw APIError(.notFound, code: "unknown-question", "\(question): there is no such question in this knowledge base", field: "question")
        }
        guard session.answer(to: question) != nil || session.openQuestion?.id == question else {
            throw APIError(.conflict, code: "not-asked", "\(question) has not been asked in this session", field: "question")
        }
        do { try session.answer(question, value.typed) } catch { throw APIError(error, field: "value") }
    }
}
