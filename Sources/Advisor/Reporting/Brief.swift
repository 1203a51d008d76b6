/// The mentoring-prep brief: everything a mentor and a mentee want to read before they meet,
/// built from one session. Renderers turn it into Markdown, HTML or JSON.
public struct Brief: Sendable, Codable, Equatable {
    public static let schema = "careeradvisor.brief/1"

    public struct ThemeGroup: Sendable, Codable, Equatable {
        public let theme: String
        public let answers: [AdviceDocument.AnsweredQuestion]
    }

    public struct Gap: Sendable, Codable, Equatable {
        public let skill: Recommendation
        /// What success looks like at the recommended next level, from its role facts.
        public let successAtNextLevel: [String]
    }

    public struct PlanStep: Sendable, Codable, Equatable {
        /// "Days 1–30" and so on.
        public let period: String
        public let actions: [String]
    }

    public let schema: String
    public let knowledge: AdviceDocument.KnowledgeIdentity
    public let complete: Bool
    public let profile: [ThemeGroup]
    public let placement: Placement?
    /// Choices picked in the self-assessment questions (themes `skills` and `strengths`).
    public let strengths: [String]
    public let gaps: [Gap]
    public let nextSteps: [Recommendation]
    public let alternatives: [Recommendation]
    public let cautions: [Recommendation]
    public let plan: [PlanStep]
    public let questionsForTheConversation: [String]
    /// The career map as Graphviz DOT, with the person's position and paths highlighted.
    public let map: String
}
