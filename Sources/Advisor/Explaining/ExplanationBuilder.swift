import RuleEngine

/// Turns the engine's record of why facts exist into an explanation a person can read. Facts
/// with something to say (a `reason`, a `title`, an answer) become steps; bookkeeping facts
/// are looked through, so the tree goes from a conclusion straight to its evidence and answers.
struct ExplanationBuilder {
    let knowledge: KnowledgeBase
    private var expanded: Set<Int> = []
    static let maxDepth = 24

    init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    mutating func explain(_ fact: Fact) -> Explanation {
        let children = premises(of: fact, depth: 0)
        return Explanation(text: text(of: fact) ?? fact.displayText, certainty: certainty(of: fact),
                           rule: ruleComment(fact), children: children)
    }

    private mutating func steps(for fact: Fact, depth: Int) -> [Explanation] {
        if fact.template.name == Symbol("answer") { return [answerStep(fact)] }
        // An ask is a precondition (the question was relevant), not evidence.
        if fact.template.name == Symbol("ask") { return [] }
        guard !expanded.contains(fact.index), depth < Self.maxDepth else { return [] }
        expanded.insert(fact.index)
        let below = premises(of: fact, depth: depth + 1)
        guard let text = text(of: fact) else { return below }
        if case .rule = fact.origin {
            return [Explanation(text: text, certainty: certainty(of: fact), rule: ruleComment(fact), children: below)]
        }
        return []
    }

    private mutating func premises(of fact: Fact, depth: Int) -> [Explanation] {
        guard case .rule(_, let matched) = fact.origin else { return [] }
        var out: [Explanation] = []
        for premise in matched {
            for step in steps(for: premise, depth: depth) where !out.contains(step) { out.append(step) }
        }
        return out
    }

    private func answerStep(_ fact: Fact) -> Explanation {
        let id = fact.text("question")
        guard let question = knowledge.question(id) else { return Explanation(text: "You answered \(id)") }
        let display = question.display(AnswerValue(fields: fact.value(ofSlot: Symbol("value"))?.fields ?? []))
        return Explanation(text: "You answered \"\(question.text)\": \(display)")
    }

    /// What a fact says to a person: its reason, or its title, or nil for bookkeeping.
    private func text(of fact: Fact) -> String? {
        for slot in ["reason", "title"] {
            let value = fact.text(slot)
            if !value.isEmpty { return value }
        }
        return nil
    }

    private func certainty(of fact: Fact) -> Double? {
        fact.number("certainty") ?? fact.number("cf")
    }

    private func ruleComment(_ fact: Fact) -> String? {
        guard case .rule(let name, _) = fact.origin, let index = knowledge.ruleBase.ruleIndex(named: name) else { return nil }
        return knowledge.ruleBase.rules[index].comment
    }
}

extension AnswerValue {
    /// An `answer` fact's value fields read back.
    init(fields: [Value]) {
        if fields.count == 1, case .symbol(let s) = fields[0], s.name == "unknown" { self = .unknown; return }
        if fields.count == 1, let n = fields[0].doubleValue { self = .number(n); return }
        if fields.count == 1, case .string(let s) = fields[0] { self = .text(s); return }
        self = .choices(fields.map { $0.lexeme ?? $0.printoutText })
    }
}
