import RuleEngine

/// Reads the protocol facts (`kb-info`, `question`) and the role map out of a freshly reset
/// session, and checks
/// that the knowledge base declares every protocol template with the slots the advisor uses.
struct ProtocolReader {
    static let requiredSlots: [String: [String]] = [
        "kb-info": ["name", "version", "title"],
        "question": ["id", "text", "kind", "choices", "labels", "min", "max", "help", "theme"],
        "ask": ["question", "priority"],
        "answer": ["question", "value"],
        "placement": ["role", "certainty", "because"],
        "recommendation": ["kind", "target", "title", "certainty", "because"],
    ]

    let info: KnowledgeBase.Info
    let questions: [Question]
    let map: LatticeMap

    init(ruleBase: RuleBase) throws(KnowledgeError) {
        for (name, slots) in Self.requiredSlots.sorted(by: { $0.key < $1.key }) {
            guard let template = ruleBase.template(named: Symbol(name)), !template.isImplied else {
                throw KnowledgeError("the knowledge base has no deftemplate \(name); the advisor needs the protocol templates of docs/knowledge.md")
            }
            for slot in slots where template.slotIndex(Symbol(slot)) == nil {
                throw KnowledgeError("deftemplate \(name) has no slot \(slot); the advisor needs it")
            }
        }
        let session = Session(ruleBase: ruleBase, io: SessionIO(write: { _ in }, readLine: { nil }))
        do { try session.reset() } catch { throw KnowledgeError("(reset) failed: \(error)") }
        let infos = session.facts(of: "kb-info")
        guard infos.count == 1, let fact = infos.first else {
            throw KnowledgeError("the knowledge base must assert exactly one kb-info fact from a deffacts; it asserts \(infos.count)")
        }
        info = KnowledgeBase.Info(name: fact.text("name"), version: fact.text("version"), title: fact.text("title"))
        var questions: [Question] = []
        for fact in session.facts(of: "question") {
            let question = try Self.question(from: fact)
            if questions.contains(where: { $0.id == question.id }) {
                throw KnowledgeError("question \(question.id) is declared twice")
            }
            questions.append(question)
        }
        self.questions = questions
        map = LatticeMap(session: session)
    }

    static func question(from fact: Fact) throws(KnowledgeError) -> Question {
        let id = fact.text("id")
        guard let kind = Question.Kind(rawValue: fact.text("kind")) else {
            throw KnowledgeError("question \(id) has kind \(fact.text("kind")); expected one of \(Question.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let values = fact.list("choices")
        var labels = fact.list("labels")
        if labels.count != values.count {
            guard labels.isEmpty else {
                throw KnowledgeError("question \(id) has \(values.count) choices but \(labels.count) labels")
            }
            labels = values
        }
        if [.single, .multiple].contains(kind), values.isEmpty {
            throw KnowledgeError("question \(id) is a \(kind.rawValue) choice question without choices")
        }
        return Question(id: id, text: fact.text("text"), kind: kind,
                        choices: zip(values, labels).map { Question.Choice(value: $0, label: $1) },
                        minimum: fact.number("min") ?? 0, maximum: fact.number("max") ?? 100,
                        help: fact.text("help"), theme: fact.text("theme"))
    }
}

extension Session {
    /// The live facts of one deftemplate, oldest first.
    func facts(of template: Symbol) -> [Fact] {
        facts.filter { $0.template.name == template }
    }

    /// For code that runs once, not every turn: naming the template interns it.
    func facts(of template: String) -> [Fact] { facts(of: Symbol(template)) }
}

extension Fact {
    /// A single slot's text (symbol or string), or the empty string.
    func text(_ slot: Symbol) -> String { value(ofSlot: slot)?.lexeme ?? "" }

    /// A multislot's fields as text.
    func list(_ slot: Symbol) -> [String] {
        (value(ofSlot: slot)?.fields ?? []).map { $0.lexeme ?? $0.printoutText }
    }

    func number(_ slot: Symbol) -> Double? { value(ofSlot: slot)?.doubleValue }

    // For code that runs once, not every turn: naming the slot interns it.
    func text(_ slot: String) -> String { text(Symbol(slot)) }
    func list(_ slot: String) -> [String] { list(Symbol(slot)) }
    func number(_ slot: String) -> Double? { number(Symbol(slot)) }
}

/// The protocol's names that every turn reads, interned once: interning a name takes a lock
/// and hashes it, and a turn reads a few hundred slots.
extension Symbol {
    static let answer = Symbol("answer")
    static let ask = Symbol("ask")
    static let question = Symbol("question")
    static let priority = Symbol("priority")
    static let placement = Symbol("placement")
    static let recommendation = Symbol("recommendation")
    static let role = Symbol("role")
    static let title = Symbol("title")
    static let certainty = Symbol("certainty")
    static let because = Symbol("because")
    static let kind = Symbol("kind")
    static let target = Symbol("target")
    static let detail = Symbol("detail")
}
