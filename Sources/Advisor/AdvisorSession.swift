import RuleEngine

/// One conversation: the engine session plus the ordered log of answers, which is all that
/// needs saving — replaying the log against the same knowledge base rebuilds everything else.
public final class AdvisorSession {
    /// One entry of the answer log.
    public struct Answer: Sendable, Codable, Equatable {
        public let question: String
        public let value: AnswerValue

        public init(question: String, value: AnswerValue) {
            self.question = question
            self.value = value
        }
    }

    /// Rule firings and loop steps allowed per turn, so that a runaway rule in a custom
    /// knowledge base fails one answer instead of hanging the process.
    public static let defaultStepBudget = 2_000_000

    public let knowledge: KnowledgeBase
    public private(set) var answers: [Answer] = []
    public var stepBudget = AdvisorSession.defaultStepBudget
    private(set) var engine: Session {
        didSet { forgetConclusions() }
    }
    private let templates: ProtocolTemplates
    /// The open question and the advice, read from the facts once per change of the engine:
    /// a daemon's reply and the REPL's display each read them more than once per turn.
    private var knownOpenQuestion: Question??
    private var knownAdvice: Advice?

    /// Starts a conversation: resets the engine and runs it to quiescence.
    public init(knowledge: KnowledgeBase) throws(AdvisorError) {
        self.knowledge = knowledge
        templates = ProtocolTemplates(knowledge.ruleBase)
        engine = try Self.freshEngine(knowledge, budget: AdvisorSession.defaultStepBudget)
    }

    /// Rebuilds a conversation from an answer log, as after a restart or on another machine.
    /// Answers to questions the knowledge base no longer has are dropped.
    public convenience init(knowledge: KnowledgeBase, replaying log: [Answer]) throws(AdvisorError) {
        try self.init(knowledge: knowledge)
        try record(known: log)
    }

    /// Records the entries of a log whose questions the knowledge base still has.
    func record(known log: [Answer]) throws(AdvisorError) {
        for entry in log where knowledge.question(entry.question) != nil { try record(entry) }
    }

    // MARK: the conversation

    /// The highest-priority question that has been asked and not yet answered; nil when the
    /// advice is complete.
    public var openQuestion: Question? {
        if let knownOpenQuestion { return knownOpenQuestion }
        let open = highestPriorityOpenQuestion()
        knownOpenQuestion = .some(open)
        return open
    }

    private func highestPriorityOpenQuestion() -> Question? {
        let answered = Set(engine.facts(of: .answer).map { $0.text(.question) })
        var best: (id: String, priority: Double)?
        for ask in engine.facts(of: .ask) {
            let id = ask.text(.question)
            let priority = ask.number(.priority) ?? 0
            if answered.contains(id) || knowledge.question(id) == nil { continue }
            if best == nil || priority > best!.priority { best = (id, priority) }
        }
        return best.flatMap { knowledge.question($0.id) }
    }

    /// The placement and recommendations concluded so far.
    public var advice: Advice {
        if let knownAdvice { return knownAdvice }
        let advice = Advice(session: engine)
        knownAdvice = advice
        return advice
    }

    private func forgetConclusions() {
        knownOpenQuestion = nil
        knownAdvice = nil
    }

    /// Answers the open question with what the person typed.
    @discardableResult
    public func answer(_ typed: String) throws(AdvisorError) -> Answer {
        guard let question = openQuestion else { throw .nothingToDo("there is no open question; the advice is complete") }
        return try answer(question.id, typed)
    }

    /// Answers (or revises the answer to) a given question with what the person typed.
    @discardableResult
    public func answer(_ questionID: String, _ typed: String) throws(AdvisorError) -> Answer {
        guard let question = knowledge.question(questionID) else { throw .unknownQuestion(questionID) }
        let value: AnswerValue
        do { value = try question.parse(typed) } catch { throw .badAnswer(error) }
        let entry = Answer(question: questionID, value: value)
        try record(entry)
        return entry
    }

    /// Skips the open question: its answer is `unknown`.
    public func skip() throws(AdvisorError) {
        guard let question = openQuestion else { throw .nothingToDo("there is no open question to skip") }
        try record(Answer(question: question.id, value: .unknown))
    }

    /// Withdraws the most recent answer; its question becomes open again.
    @discardableResult
    public func back() throws(AdvisorError) -> Answer {
        guard let last = answers.last else { throw .nothingToDo("there is no earlier answer to go back to") }
        try withdraw(last.question)
        return last
    }

    /// Forgets every answer and starts again.
    public func restart() throws(AdvisorError) {
        engine = try Self.freshEngine(knowledge, budget: stepBudget)
        answers = []
    }

    // MARK: engine turns

    /// Asserts an answer (retracting an earlier one to the same question) and runs to
    /// quiescence. On failure the session is rebuilt from the log without this answer.
    func record(_ entry: Answer) throws(AdvisorError) {
        forgetConclusions()
        let previous = answers
        do {
            try retractAnswer(entry.question)
            try engine.assertFact(templates.answer, named: templates.answerSlots(entry))
            try runToQuiescence()
        } catch {
            try rebuild(from: previous)
            throw .knowledgeFailed(question: entry.question, message: "\(error)")
        }
        answers.removeAll { $0.question == entry.question }
        answers.append(entry)
    }

    /// Withdraws the answer to a question; the question becomes open again if its asking rule
    /// still holds.
    public func withdraw(_ questionID: String) throws(AdvisorError) {
        guard answer(to: questionID) != nil else { throw .nothingToDo("\(questionID) has not been answered") }
        forgetConclusions()
        let previous = answers
        do {
            try retractAnswer(questionID)
            try runToQuiescence()
        } catch {
            try rebuild(from: previous)
            throw .knowledgeFailed(question: questionID, message: "\(error)")
        }
        answers.removeAll { $0.question == questionID }
    }

    private func retractAnswer(_ questionID: String) throws {
        for fact in engine.facts(of: .answer) where fact.text(.question) == questionID {
            try engine.retractFact(fact)
        }
    }

    private func runToQuiescence() throws {
        engine.stepBudget = stepBudget
        defer { engine.stepBudget = nil }
        try engine.run()
    }

    private func rebuild(from log: [Answer]) throws(AdvisorError) {
        engine = try Self.freshEngine(knowledge, budget: stepBudget)
        answers = []
        for entry in log { try record(entry) }
    }

    private static func freshEngine(_ knowledge: KnowledgeBase, budget: Int) throws(AdvisorError) -> Session {
        let io = SessionIO(write: { _ in }, readLine: { nil })
        if let shared = knowledge.initialMemory { return Session(forkOf: shared, io: io) }
        let session = Session(ruleBase: knowledge.ruleBase, io: io)
        // A knowledge base's rules asserting a value their template forbids is a mistake to
        // report, not a fact to keep.
        session.settings.checksConstraintsDynamically = true
        do {
            try session.reset()
            session.stepBudget = budget
            try session.run()
            session.stepBudget = nil
        } catch {
            throw .knowledgeFailed(question: nil, message: "starting a session: \(error)")
        }
        return session
    }
}
