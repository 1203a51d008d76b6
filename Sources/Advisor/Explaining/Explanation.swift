/// One step of an explanation tree: a conclusion in plain words, how certain it is, the rule
/// that drew it (its comment), and what it rests on.
public struct Explanation: Sendable, Codable, Equatable {
    public let text: String
    public let certainty: Double?
    /// The comment of the rule that concluded this, when the knowledge base gives one.
    public let rule: String?
    public let children: [Explanation]

    public init(text: String, certainty: Double? = nil, rule: String? = nil, children: [Explanation] = []) {
        self.text = text
        self.certainty = certainty
        self.rule = rule
        self.children = children
    }

    /// The tree as lines with their depth, for renderers that wrap and indent.
    public func lines(depth: Int = 0) -> [(depth: Int, text: String)] {
        var head = text
        if let certainty { head += " [\(Self.signed(certainty))]" }
        if let rule { head += " — " + rule }
        return [(depth, head)] + children.flatMap { $0.lines(depth: depth + 1) }
    }

    /// The tree as plain text, two spaces per level.
    public var outline: String {
        lines().map { String(repeating: "  ", count: $0.depth) + ($0.depth == 0 ? "" : "- ") + $0.text }.joined(separator: "\n")
    }

    /// Every answer this explanation rests on, for tests and summaries.
    public var leaves: [Explanation] {
        children.isEmpty ? [self] : children.flatMap(\.leaves)
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return (rounded > 0 ? "+" : "") + String(format: "%.2f", rounded)
    }
}
