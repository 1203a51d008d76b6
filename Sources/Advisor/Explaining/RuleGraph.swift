import RuleEngine

/// Which rules read which facts and what they assert, read from the knowledge files: the
/// chain of goals that `why` walks from a question towards the advice.
public struct RuleGraph: Sendable {
    struct Node: Sendable {
        let name: String
        /// Templates of the rule's patterns.
        let reads: Set<String>
        /// Templates the rule asserts.
        let asserts: Set<String>
        /// Questions whose answers the rule names literally; nil entries are patterns on any answer.
        let answerQuestions: Set<String>
        let readsAnyAnswer: Bool
    }

    let nodes: [Node]
    /// For each symbol written in a deffacts fact, the templates of the facts it appears in:
    /// a rule reading answers to any question through, say, `placement-signal` facts cares
    /// about a question only when such a fact names it.
    let factTemplatesMentioning: [String: Set<String>]

    init(source: KnowledgeSource) {
        var mentions: [String: Set<String>] = [:]
        for fact in source.facts {
            // Question declarations name every question; they say nothing about who reads them.
            guard let head = fact.head, head != "question" else { continue }
            let values = (fact.items ?? []).dropFirst().flatMap { ($0.items ?? []).dropFirst() }
            for value in values { if let symbol = value.symbolName { mentions[symbol, default: []].insert(head) } }
        }
        factTemplatesMentioning = mentions
        nodes = source.rules.map { rule in
            let patterns = rule.conditions.flatMap(\.allForms).filter { $0.items != nil }
            let answers = patterns.filter { $0.head == "answer" }
            // `(question scope)` and `(question ?q&scope|goal)` both name their questions.
            let named = answers.map { ($0.slot("question") ?? []).compactMap(\.symbolName) }
            let literal = named.flatMap { $0 }
            return Node(name: rule.name,
                        reads: Set(patterns.compactMap(\.head)),
                        asserts: Set(rule.actions.flatMap(\.allForms).filter { $0.head == "assert" }
                            .flatMap { $0.items?.dropFirst().compactMap(\.head) ?? [] }),
                        answerQuestions: Set(literal),
                        readsAnyAnswer: named.contains { $0.isEmpty })
        }
    }

    /// Rules that use the answer to `question`: those naming it, then those reading any answer
    /// together with facts that name it.
    func readers(ofAnswerTo question: String) -> [Node] {
        let related = factTemplatesMentioning[question] ?? []
        return nodes.filter { $0.answerQuestions.contains(question) }
            + nodes.filter { $0.readsAnyAnswer && !$0.answerQuestions.contains(question) && !$0.reads.isDisjoint(with: related) }
    }

    /// The rules one step further along: those reading what `rules` assert (bookkeeping of
    /// the same rules excluded).
    func consumers(of rules: [Node]) -> [Node] {
        let produced = rules.reduce(into: Set<String>()) { $0.formUnion($1.asserts) }
        let seen = Set(rules.map(\.name))
        return nodes.filter { !seen.contains($0.name) && !$0.reads.isDisjoint(with: produced) }
    }
}
