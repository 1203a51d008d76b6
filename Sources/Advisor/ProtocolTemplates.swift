import RuleEngine

/// The `answer` template resolved once per session, so a turn builds its fact without lookups
/// by name.
struct ProtocolTemplates {
    let answer: Template
    private let questionSlot = Symbol("question")
    private let valueSlot = Symbol("value")

    /// The knowledge base was checked by `ProtocolReader`, so the template exists.
    init(_ ruleBase: RuleBase) {
        answer = ruleBase.template(named: Symbol("answer"))!
    }

    /// Named slot values for an `answer` fact.
    func answerSlots(_ entry: AdvisorSession.Answer) -> [Symbol: Value] {
        let fields: [Value]
        switch entry.value {
        case .unknown: fields = [.symbol("unknown")]
        case .choices(let values): fields = values.map { .symbol($0) }
        case .number(let n): fields = [AnswerValue.wholeNumber(n).map(Value.integer) ?? .float(n)]
        case .text(let s): fields = [.string(s)]
        }
        let multifield = answer.slots[answer.slotIndex(valueSlot)!].isMultifield
        return [questionSlot: .symbol(entry.question), valueSlot: multifield ? .multifield(fields) : fields[0]]
    }
}
