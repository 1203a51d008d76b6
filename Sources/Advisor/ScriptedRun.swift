import RuleEngine

/// Plays the person's part from an answers file: each question the advisor asks is answered
/// from the file, or skipped when the file has no answer. Answers the conversation never asked
/// for are not used, exactly as in a chat.
public struct ScriptedRun {
    public let session: AdvisorSession
    /// Questions asked that the file did not answer, in the order they were asked.
    public private(set) var skipped: [String] = []
    /// Lines of the file whose question was never asked.
    public private(set) var unused: [AnswersFile.Line] = []

    /// - Throws: `EngineError` located at the file line whose answer does not fit its question
    ///   or names no question; the advisor's own failures as `EngineError` too.
    public init(knowledge: KnowledgeBase, answers: AnswersFile) throws(EngineError) {
        for line in answers.lines where knowledge.question(line.question) == nil {
            throw EngineError("there is no question \(line.question) in this knowledge base", at: line.location)
        }
        do {
            session = try AdvisorSession(knowledge: knowledge)
            var used = Set<String>()
            while let question = session.openQuestion {
                if let line = answers.line(for: question.id) {
                    do { try session.answer(question.id, line.text) } catch {
                        throw EngineError(error.description, at: line.location)
                    }
                    used.insert(question.id)
                } else {
                    try session.skip()
                    skipped.append(question.id)
                }
            }
            unused = answers.lines.filter { !used.contains($0.question) }
        } catch let error as EngineError {
            throw error
        } catch {
            throw EngineError("\(error)")
        }
    }
}
