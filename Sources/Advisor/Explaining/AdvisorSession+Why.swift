import RuleEngine

/// `why` for the open question.
public struct WhyAnswer: Sendable, Equatable {
    /// Why the question is being asked: the rule that asked it, in plain words.
    public let askedBecause: String
    /// The earlier answers that made the question relevant.
    public let basedOn: [String]
    /// At this depth, what the answer goes on to decide: one line per rule, plain words.
    public let leadsTo: [String]
    /// False when walking further would find nothing new.
    public let canGoFurther: Bool

    public init(askedBecause: String, basedOn: [String], leadsTo: [String], canGoFurther: Bool) {
        (self.askedBecause, self.basedOn, self.leadsTo, self.canGoFurther) = (askedBecause, basedOn, leadsTo, canGoFurther)
    }
}

extension AdvisorSession {
    /// Why the open question is asked and what its answer decides; `depth` 1 is the rules that
    /// read the answer directly, each further step follows what they conclude.
    public func why(depth: Int = 1) -> WhyAnswer? {
        guard let question = openQuestion,
              let ask = engine.facts(of: "ask").first(where: { $0.text("question") == question.id }) else { return nil }
        let graph = knowledge.ruleGraph
        var layer = graph.readers(ofAnswerTo: question.id)
        var seen = Set(layer.map(\.name))
        for _ in 1..<max(depth, 1) {
            let next = graph.consumers(of: layer).filter { !seen.contains($0.name) }
            if next.isEmpty { break }
            seen.formUnion(next.map(\.name))
            layer = next
        }
        let further = !graph.consumers(of: layer).filter { !seen.contains($0.name) }.isEmpty
        var builder = ExplanationBuilder(knowledge: knowledge)
        let basis = builder.explain(ask).leaves.filter { $0.text.hasPrefix("You answered") }.map(\.text)
        let asked: String
        switch ask.origin {
        case .rule(let name, _): asked = describe(rule: name.name)
        default: asked = "Every conversation starts with this question."
        }
        return WhyAnswer(askedBecause: asked, basedOn: basis, leadsTo: unique(layer.map { describe(rule: $0.name) }),
                         canGoFurther: further)
    }

    /// A rule's comment, or its name made readable.
    func describe(rule name: String) -> String {
        if let index = knowledge.ruleBase.ruleIndex(named: Symbol(name)), let comment = knowledge.ruleBase.rules[index].comment {
            return comment
        }
        return name.replacingOccurrences(of: "-", with: " ").capitalizedFirst
    }

    private func unique(_ lines: [String]) -> [String] {
        lines.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
