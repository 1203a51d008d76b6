import Advisor
import AdvisorWire
import Foundation

/// A conversation held by careerd (`career --connect ADDRESS`). The REPL drives it exactly as
/// it drives a local `AdvisorSession`; every answer is committed by the daemon before the
/// call returns, and the last state it sent is what `openQuestion`, `answers` and `advice`
/// read, so showing them costs no request.
public final class RemoteConversation: Conversation {
    private var connection: DaemonConnection
    private let knowledge: KnowledgeResponse
    private let questions: [String: Question]
    private let sessionPath: String
    private var state: SessionState

    /// Opens a new session on the daemon at `address`.
    public init(address: DaemonAddress) throws {
        connection = DaemonConnection(address: address)
        knowledge = try connection.decode(KnowledgeResponse.self, .GET, "/v1/knowledge")
        questions = Dictionary(knowledge.questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let created = try connection.decode(CreatedSession.self, .POST, "/v1/sessions")
        connection.token = created.token
        sessionPath = "/v1/sessions/\(created.id)"
        state = created.state
    }

    public var title: String { knowledge.title }
    public var knowledgeIdentity: String { knowledge.identity }
    public func question(_ id: String) -> Question? { questions[id] }
    public var openQuestion: Question? { state.question }
    public var advice: Advice { Advice(placement: state.advice.placement, recommendations: state.advice.recommendations) }

    public var answers: [AdvisorSession.Answer] {
        state.advice.answers.map { AdvisorSession.Answer(question: $0.question, value: $0.value(kind: questions[$0.question]?.kind)) }
    }

    @discardableResult
    public func answer(_ typed: String) throws -> AdvisorSession.Answer {
        guard let open = openQuestion else { throw AdvisorError.nothingToDo("there is no open question; the advice is complete") }
        state = try connection.decode(SessionState.self, .POST, "\(sessionPath)/answers",
                                      json: NewAnswer(question: open.id, value: AnswerInput(typed: typed)))
        return try given(open.id)
    }

    @discardableResult
    public func answer(_ questionID: String, _ typed: String) throws -> AdvisorSession.Answer {
        state = try connection.decode(SessionState.self, .PUT, "\(sessionPath)/answers/\(escaped(questionID))",
                                      json: RevisedAnswer(value: AnswerInput(typed: typed)))
        return try given(questionID)
    }

    public func skip() throws {
        guard openQuestion != nil else { throw AdvisorError.nothingToDo("there is no open question to skip") }
        try answer("skip")
    }

    @discardableResult
    public func back() throws -> AdvisorSession.Answer {
        guard let last = answers.last else { throw AdvisorError.nothingToDo("there is no earlier answer to go back to") }
        state = try connection.decode(SessionState.self, .DELETE, "\(sessionPath)/answers/\(escaped(last.question))")
        return last
    }

    public func restart() throws {
        state = try connection.decode(SessionState.self, .DELETE, "\(sessionPath)/answers")
    }

    public func replay(_ log: [AdvisorSession.Answer]) throws {
        try restart()
        for entry in log where questions[entry.question] != nil { try answer(entry.question, entry.value.fileText) }
    }

    public func how(_ query: String) throws -> Explanation? {
        try unless(404) { try connection.decode(HowResponse.self, .GET, "\(sessionPath)/how?target=\(escaped(query))").explanation }
    }

    public func why(depth: Int) throws -> WhyAnswer? {
        try unless(409) { try connection.decode(WhyResponse.self, .GET, "\(sessionPath)/why?depth=\(depth)").answer }
    }

    public func whyNot(_ query: String) throws -> WhyNotAnswer {
        try unless(404) { try connection.decode(WhyNotResponse.self, .GET, "\(sessionPath)/why-not?role=\(escaped(query))").answer } ?? .unknown
    }

    public func whatIfAdvice(_ changes: [(question: String, typed: String)]) throws -> (advice: Advice, openQuestion: Question?) {
        let request = WhatIfRequest(answers: changes.map { NewAnswer(question: $0.question, value: AnswerInput(typed: $0.typed)) })
        let reply = try connection.decode(WhatIfResponse.self, .POST, "\(sessionPath)/what-if", json: request)
        return (Advice(placement: reply.advice.placement, recommendations: reply.advice.recommendations), reply.question)
    }

    public func brief() throws -> Brief {
        try connection.decode(Brief.self, .GET, "\(sessionPath)/report?format=json")
    }

    /// The call's result, or nil when the daemon answers with `status` (how the API says
    /// "there is none").
    private func unless<T>(_ status: Int, _ call: () throws -> T) throws -> T? {
        do { return try call() } catch let error as RemoteError where error.status == status { return nil }
    }

    private func given(_ questionID: String) throws -> AdvisorSession.Answer {
        guard let entry = answer(to: questionID) else { throw RemoteError(status: nil, code: nil, description: "careerd did not keep the answer to \(questionID)") }
        return entry
    }

    private func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+/?#"))) ?? text
    }
}
