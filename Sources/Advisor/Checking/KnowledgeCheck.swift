import RuleEngine

/// One thing `career kb check` found wrong, and where.
public struct KnowledgeProblem: Sendable, Equatable, CustomStringConvertible {
    public let location: SourceLocation?
    public let message: String

    public var description: String { (location.map { "\($0): " } ?? "") + "error: " + message }
}

/// Lints a loaded knowledge base: references to things that do not exist (as the knowledge
/// base declares them with `kb-reference` facts), duplicate ids, questions referred to but not
/// declared or declared but never asked, and rules that wait for facts nothing produces.
public enum KnowledgeCheck {
    public static func problems(in knowledge: KnowledgeBase) throws(KnowledgeError) -> [KnowledgeProblem] {
        let source = knowledge.source
        let questions = Set(knowledge.questions.map(\.id))
        var problems = duplicateIDs(source)
        let references = ReferenceCheck(source: source, questions: questions, ruleBase: knowledge.ruleBase)
        problems += references.problems
        problems += questionProblems(source, questions: questions, referenced: references.questionsNamedByFacts)
        problems += unreachableRules(source)
        return problems.sorted { ($0.location?.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0)
            < ($1.location?.file ?? "", $1.location?.line ?? 0, $1.location?.column ?? 0) }
    }

    static func duplicateIDs(_ source: KnowledgeSource) -> [KnowledgeProblem] {
        var first: [String: SExpr] = [:]
        var problems: [KnowledgeProblem] = []
        for fact in source.facts {
            guard let template = fact.head, let id = fact.slot("id")?.first, let name = id.symbolName else { continue }
            let key = template + " " + name
            if let earlier = first[key] {
                problems.append(KnowledgeProblem(location: id.location,
                    message: "\(template) id \(name) is used twice; the first is at line \(earlier.location.line) of \(earlier.location.file)"))
            } else {
                first[key] = id
            }
        }
        return problems
    }

    /// Questions named in `ask` or `answer` forms that are not declared, and declared questions
    /// that no `ask` names (directly, or through a fact slot declared to hold question ids).
    static func questionProblems(_ source: KnowledgeSource, questions: Set<String>, referenced: Set<String>) -> [KnowledgeProblem] {
        var problems: [KnowledgeProblem] = []
        var asked = referenced
        let producing = source.facts + source.rules.flatMap(\.actions)
        let everything = producing + source.rules.flatMap(\.conditions)
        for form in everything.flatMap(\.allForms) where form.head == "ask" || form.head == "answer" {
            guard let id = form.slot("question")?.first, let name = id.symbolName else { continue }
            if !questions.contains(name) {
                problems.append(KnowledgeProblem(location: id.location, message: "\(name) is not a declared question"))
            }
        }
        for form in producing.flatMap(\.allForms) where form.head == "ask" {
            if let name = form.slot("question")?.first?.symbolName { asked.insert(name) }
        }
        for fact in source.facts(of: "question") {
            guard let id = fact.slot("id")?.first, let name = id.symbolName, !asked.contains(name) else { continue }
            problems.append(KnowledgeProblem(location: id.location, message: "question \(name) is never asked: no deffacts or rule asserts an ask for it"))
        }
        return problems
    }

    /// Rules with a positive pattern on a template that no deffacts and no rule asserts.
    static func unreachableRules(_ source: KnowledgeSource) -> [KnowledgeProblem] {
        var produced: Set<String> = ["answer", "initial-fact"]
        for fact in source.facts { if let head = fact.head { produced.insert(head) } }
        for form in source.rules.flatMap(\.actions).flatMap(\.allForms) where form.head == "assert" {
            for pattern in form.items?.dropFirst() ?? [] { if let head = pattern.head { produced.insert(head) } }
        }
        var problems: [KnowledgeProblem] = []
        for rule in source.rules {
            for pattern in requiredPatterns(rule.conditions) where !produced.contains(pattern.head ?? "") {
                problems.append(KnowledgeProblem(location: pattern.location,
                    message: "rule \(rule.name) can never fire: nothing asserts a \(pattern.head ?? "") fact"))
            }
        }
        return problems
    }

    /// Patterns that must match for a rule to fire: not under `not`, `forall` or `or`.
    private static func requiredPatterns(_ conditions: [SExpr]) -> [SExpr] {
        conditions.flatMap { element -> [SExpr] in
            switch element.head {
            case "not", "forall", "or", "test": return []
            case "and", "logical", "exists": return requiredPatterns(Array(element.items!.dropFirst()))
            default: return element.head == nil ? [] : [element]
            }
        }
    }
}
