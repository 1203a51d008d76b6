import RuleEngine

/// The knowledge files read as forms, for checks that need to know where things are written:
/// every fact of every `deffacts` and every rule's two sides, with their locations.
struct KnowledgeSource: Sendable {
    struct Rule: Sendable {
        let name: String
        let location: SourceLocation
        let conditions: [SExpr]
        let actions: [SExpr]
    }

    private(set) var facts: [SExpr] = []
    private(set) var rules: [Rule] = []

    /// From the forms of the knowledge files, as the loader read them.
    init(forms: [SExpr]) {
        for form in forms { add(form) }
    }

    private mutating func add(_ form: SExpr) {
        guard let items = form.items else { return }
        switch form.head {
        case "deffacts":
            facts += items.dropFirst(2).filter { $0.items != nil }
        case "defrule":
            guard items.count > 1, let name = items[1].symbolName else { return }
            let arrow = items.firstIndex { $0.symbolName == "=>" } ?? items.count
            let conditions = items[2..<arrow].filter { $0.items != nil && $0.head != "declare" }
            let actions = arrow < items.count ? Array(items[(arrow + 1)...]) : []
            rules.append(Rule(name: name, location: form.location, conditions: conditions, actions: actions))
        default:
            break
        }
    }

    /// The deffacts facts of one template.
    func facts(of template: String) -> [SExpr] { facts.filter { $0.head == template } }
}

extension SExpr {
    /// The atoms of slot `name` in a template fact or pattern `(template (name v...) ...)`.
    func slot(_ name: String) -> [SExpr]? {
        items?.dropFirst().first { $0.head == name }.flatMap { $0.items.map { Array($0.dropFirst()) } }
    }

    /// This form and every form nested in it, depth first.
    var allForms: [SExpr] {
        var forms: [SExpr] = []
        collectForms(into: &forms)
        return forms
    }

    /// Into one array, not an array per level joined on the way up: loading a knowledge base
    /// walks every form of every rule this way.
    private func collectForms(into forms: inout [SExpr]) {
        forms.append(self)
        for item in items ?? [] { item.collectForms(into: &forms) }
    }
}
