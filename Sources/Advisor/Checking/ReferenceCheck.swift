import RuleEngine

/// Checks the references a knowledge base declares with facts such as
/// `(kb-reference (template transition) (slot to) (refers-to role))`: every symbol in that
/// slot of every such deffacts fact must be the `id` of a fact of one of the named templates
/// (`question` means a declared question), unless it is listed in `except`.
struct ReferenceCheck {
    private(set) var problems: [KnowledgeProblem] = []
    /// Question ids that facts name through a slot declared to refer to questions; a rule
    /// may ask those through a variable.
    private(set) var questionsNamedByFacts: Set<String> = []

    init(source: KnowledgeSource, questions: Set<String>, ruleBase: RuleBase) {
        var ids: [String: Set<String>] = ["question": questions]
        for fact in source.facts {
            if let head = fact.head, head != "question", let id = fact.slot("id")?.first?.symbolName {
                ids[head, default: []].insert(id)
            }
        }
        for declaration in source.facts(of: "kb-reference") {
            check(declaration, source: source, ids: ids, ruleBase: ruleBase)
        }
    }

    private mutating func check(_ declaration: SExpr, source: KnowledgeSource, ids: [String: Set<String>], ruleBase: RuleBase) {
        guard let template = declaration.slot("template")?.first?.symbolName,
              let slot = declaration.slot("slot")?.first?.symbolName else {
            problems.append(KnowledgeProblem(location: declaration.location, message: "kb-reference needs a template and a slot"))
            return
        }
        let targets = (declaration.slot("refers-to") ?? []).compactMap(\.symbolName)
        let allowed = Set((declaration.slot("except") ?? []).compactMap(\.symbolName))
        guard let t = ruleBase.template(named: Symbol(template)), t.slotIndex(Symbol(slot)) != nil else {
            problems.append(KnowledgeProblem(location: declaration.location, message: "kb-reference names \(template) slot \(slot), which does not exist"))
            return
        }
        for target in targets where ids[target] == nil && ruleBase.template(named: Symbol(target)) == nil {
            problems.append(KnowledgeProblem(location: declaration.location, message: "kb-reference refers to \(target), which is not a deftemplate"))
        }
        let known = targets.reduce(into: allowed) { $0.formUnion(ids[$1] ?? []) }
        for fact in source.facts(of: template) {
            for value in fact.slot(slot) ?? [] {
                guard let name = value.symbolName else { continue }
                if targets.contains("question"), ids["question"]!.contains(name) { questionsNamedByFacts.insert(name) }
                if !known.contains(name) {
                    problems.append(KnowledgeProblem(location: value.location,
                        message: "\(template) \(slot) names \(name), which is not the id of any \(targets.joined(separator: " or "))"))
                }
            }
        }
    }
}
