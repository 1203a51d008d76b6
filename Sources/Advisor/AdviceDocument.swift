/// The advice of one session as programs receive it (`career advise --format json`). The shape
/// is documented in docs/advice-json.md; `schema` changes whenever a field does.
public struct AdviceDocument: Sendable, Codable, Equatable {
    public static let schema = "careeradvisor.advice/1"

    public struct KnowledgeIdentity: Sendable, Codable, Equatable {
        public let name: String
        public let version: String
        public let fingerprint: String
    }

    /// One answer with the words the person saw.
    public struct AnsweredQuestion: Sendable, Codable, Equatable {
        public let question: String
        public let text: String
        public let theme: String
        /// The machine values, as the knowledge base received them; `["unknown"]` when skipped.
        public let value: [String]
        /// The same answer as a person reads it.
        public let display: String
    }

    public let schema: String
    public let knowledge: KnowledgeIdentity
    /// True when no question is left open.
    public let complete: Bool
    public let answers: [AnsweredQuestion]
    public let placement: Placement?
    public let recommendations: [Recommendation]
    /// With `--explain`: how the placement and each recommendation were reached.
    public let derivations: [Derivation]?

    /// How one conclusion was reached; `kind` is `placement` or a recommendation kind.
    public struct Derivation: Sendable, Codable, Equatable {
        public let kind: String
        public let target: String
        public let explanation: Explanation
    }

    public init(session: AdvisorSession, explain: Bool = false) {
        let kb = session.knowledge
        schema = Self.schema
        knowledge = KnowledgeIdentity(name: kb.info.name, version: kb.info.version, fingerprint: kb.fingerprint)
        complete = session.isComplete
        answers = session.answers.compactMap { entry in
            kb.question(entry.question).map { AnsweredQuestion(question: $0, entry.value) }
        }
        let advice = session.advice
        placement = advice.placement
        recommendations = advice.recommendations
        guard explain else {
            derivations = nil
            return
        }
        var derivations = session.how("placement").map { [Derivation(kind: "placement", target: advice.placement?.role ?? "", explanation: $0)] } ?? []
        derivations += session.explanations().map { Derivation(kind: $0.recommendation.kind, target: $0.recommendation.target, explanation: $0.explanation) }
        self.derivations = derivations
    }
}

extension AdviceDocument.AnsweredQuestion {
    init(question: Question, _ value: AnswerValue) {
        self.question = question.id
        text = question.text
        theme = question.theme
        switch value {
        case .unknown: self.value = ["unknown"]
        case .choices(let values): self.value = values
        case .number, .text: self.value = [value.fileText]
        }
        display = question.display(value)
    }
}

extension Question {
    /// An answer as a person reads it: choice labels, `yes`/`no`, the number, the text.
    public func display(_ value: AnswerValue) -> String {
        switch value {
        case .unknown: return "(skipped)"
        case .choices(let values): return values.map { label(for: $0) }.joined(separator: ", ")
        case .number, .text: return value.fileText
        }
    }
}
