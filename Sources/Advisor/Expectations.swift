import RuleEngine

/// A scenario's `.expect` file: what the advice for a persona must and must not contain.
/// Lines are `placement ROLE`, `KIND TARGET` or `not KIND TARGET`; `#` starts a comment.
public struct Expectations: Sendable {
    public struct Item: Sendable, Equatable, CustomStringConvertible {
        public let negated: Bool
        public let kind: String
        public let target: String
        public let location: SourceLocation

        public var description: String { (negated ? "not " : "") + "\(kind) \(target)" }

        public func holds(for advice: Advice) -> Bool {
            if kind == "placement" { return (advice.placement?.role == target) != negated }
            return advice.recommendations.contains { $0.kind == kind && $0.target == target } != negated
        }
    }

    public let items: [Item]

    public init(text: String, file: String) throws(EngineError) {
        var items: [Item] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            var words = content.split(whereSeparator: \.isWhitespace).map(String.init)
            if words.isEmpty { continue }
            let at = SourceLocation(file: file, line: index + 1, column: raw.prefix { $0 == " " }.count + 1)
            let negated = words.first == "not"
            if negated { words.removeFirst() }
            let kinds = ["placement"] + Recommendation.kinds
            guard words.count == 2, kinds.contains(words[0]), !(negated && words[0] == "placement") else {
                throw EngineError("expected `placement ROLE`, `KIND TARGET` or `not KIND TARGET` with KIND one of \(Recommendation.kinds.joined(separator: ", "))",
                                  at: at, sourceLine: String(raw))
            }
            items.append(Item(negated: negated, kind: words[0], target: words[1], location: at))
        }
        self.items = items
    }

    /// The expectations the advice does not meet.
    public func failures(for advice: Advice) -> [Item] { items.filter { !$0.holds(for: advice) } }
}
