/// Why the advisor could not do what was asked. Nothing already answered is lost when one of
/// these is thrown: the session is exactly as it was before the call.
public enum AdvisorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The typed answer does not fit the question.
    case badAnswer(AnswerError)
    /// The question id is not one the knowledge base declares.
    case unknownQuestion(String)
    /// There is no open question to answer, or no earlier answer to go back to.
    case nothingToDo(String)
    /// A rule failed or ran away while taking an answer; the answer was not kept.
    case knowledgeFailed(question: String?, message: String)

    public var description: String {
        switch self {
        case .badAnswer(let e): return e.description
        case .unknownQuestion(let id): return "\(id): there is no such question in this knowledge base"
        case .nothingToDo(let message): return message
        case .knowledgeFailed(let q, let message):
            return (q.map { "\($0): " } ?? "") + "the knowledge base failed on this answer, which was not kept: \(message)"
        }
    }
}
