/// A conversation as the REPL drives it, wherever it is held: an `AdvisorSession` in this
/// process, or a session in careerd reached over HTTP (`career --connect`). The REPL only
/// talks to this protocol, which is what makes the two behave the same.
public protocol Conversation: AnyObject {
    /// The knowledge base's title, for the greeting.
    var title: String { get }
    /// `name version fingerprint` of the knowledge base, as saved sessions record it.
    var knowledgeIdentity: String { get }
    func question(_ id: String) -> Question?
    /// The question to ask next; nil when the advice is complete.
    var openQuestion: Question? { get }
    var answers: [AdvisorSession.Answer] { get }
    var advice: Advice { get }

    /// Answers the open question with what the person typed.
    @discardableResult func answer(_ typed: String) throws -> AdvisorSession.Answer
    /// Answers, or revises the answer to, a given question.
    @discardableResult func answer(_ questionID: String, _ typed: String) throws -> AdvisorSession.Answer
    func skip() throws
    /// Withdraws the most recent answer and returns it.
    @discardableResult func back() throws -> AdvisorSession.Answer
    func restart() throws
    /// Replaces every answer with a saved answer log.
    func replay(_ log: [AdvisorSession.Answer]) throws

    func how(_ query: String) throws -> Explanation?
    func why(depth: Int) throws -> WhyAnswer?
    func whyNot(_ query: String) throws -> WhyNotAnswer
    /// The advice (and next question) other answers would give; this conversation is unchanged.
    func whatIfAdvice(_ changes: [(question: String, typed: String)]) throws -> (advice: Advice, openQuestion: Question?)
    /// The mentoring-prep brief.
    func brief() throws -> Brief
}

extension Conversation {
    public var isComplete: Bool { openQuestion == nil }

    /// The answer given to a question, if any.
    public func answer(to questionID: String) -> AdvisorSession.Answer? { answers.last { $0.question == questionID } }
}

extension AdvisorSession: Conversation {
    public var title: String { knowledge.info.title }
    public var knowledgeIdentity: String { knowledge.identity }
    public func question(_ id: String) -> Question? { knowledge.question(id) }

    public func replay(_ log: [Answer]) throws {
        try restart()
        try record(known: log)
    }

    public func whatIfAdvice(_ changes: [(question: String, typed: String)]) throws -> (advice: Advice, openQuestion: Question?) {
        let fork = try whatIf(changes)
        return (fork.advice, fork.openQuestion)
    }

    public func brief() -> Brief { Brief(session: self) }
}
