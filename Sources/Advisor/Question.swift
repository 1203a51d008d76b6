/// A question as the knowledge base declares it in a `question` fact. The advisor only renders
/// and validates it; which questions exist and when they are asked is the knowledge base's say.
public struct Question: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case single, multiple, yesNo = "yes-no", number, text
    }

    /// One machine value a person can pick, with the words they read.
    public struct Choice: Sendable, Codable, Equatable {
        public let value: String
        public let label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public let id: String
    public let text: String
    public let kind: Kind
    public let choices: [Choice]
    public let minimum: Double
    public let maximum: Double
    public let help: String
    /// Groups answers in summaries and reports.
    public let theme: String

    public init(id: String, text: String, kind: Kind, choices: [Choice] = [], minimum: Double = 0,
                maximum: Double = 100, help: String = "", theme: String = "general") {
        self.id = id
        self.text = text
        self.kind = kind
        self.choices = choices
        self.minimum = minimum
        self.maximum = maximum
        self.help = help
        self.theme = theme
    }

    /// The label for a machine value, or the value itself when it is not one of the choices.
    public func label(for value: String) -> String {
        choices.first { $0.value == value }?.label ?? value
    }
}
