/// A fact to be built at run time: a template and, per slot, the expressions giving its value.
/// Slots left out take their defaults when the fact is built.
struct FactSpec: Sendable {
    let template: Template
    let slotValues: [(slot: Int, parts: [Expression])]
    /// The complete slots, when every value given is a constant and no default is computed per
    /// fact: built once at compile time, so every `reset` and `assert` of this fact shares them
    /// instead of rebuilding (most of a knowledge base's deffacts are such facts).
    private let constantSlots: [Value]?

    /// Checks the slots given as constants against their constraints now, as CLIPS's static
    /// constraint checking does: a construct or command with such a fact is refused.
    init(template: Template, slotValues: [(slot: Int, parts: [Expression])], at location: SourceLocation?) throws {
        self.template = template
        self.slotValues = slotValues
        for (slot, parts) in slotValues where parts.allSatisfy({ $0.constant != nil }) {
            let given = try Self.given(template, [(slot, parts)], at: location) { $0.constant! }
            if let problem = template.violation(ofSlot: slot, given[slot]!, given: true, at: location) { throw problem }
        }
        constantSlots = try? template.completeSlots(
            Self.given(template, slotValues, at: nil) { part in
                guard let c = part.constant else { throw EngineError("not a constant") }
                return c
            },
            at: nil, nil, checked: true)
    }

    /// Builds the fact and asserts it. As in CLIPS, values computed when it is built are
    /// checked against the constraints only under `set-dynamic-constraint-checking`, and
    /// then after the fact is asserted.
    @discardableResult
    func assert(_ ctx: Context, at location: SourceLocation?, origin: FactOrigin? = nil) throws -> Fact? {
        let slots: [Value]
        if let constantSlots {
            slots = constantSlots
        } else {
            slots = try template.completeSlots(try Self.given(template, slotValues, at: location) { try $0(ctx) }, at: location, ctx, checked: false)
        }
        let fact = try ctx.session.assertFact(template, slots, origin: origin)
        if ctx.session.settings.checksConstraintsDynamically {
            let given = Set(slotValues.map(\.slot))
            for i in slots.indices {
                if let problem = template.violation(ofSlot: i, slots[i], given: given.contains(i), at: location) { throw problem }
            }
        }
        return fact
    }

    /// Per template slot, the value the slot expressions give it, or nil when none is given.
    private static func given(_ template: Template, _ slotValues: [(slot: Int, parts: [Expression])], at location: SourceLocation?,
                              _ evaluate: (Expression) throws -> Value) throws -> [Value?] {
        var given = [Value?](filledWith: nil, count: template.slots.count)
        for (slot, parts) in slotValues {
            // Read in place: copying the whole slot definition for every slot was measurable.
            if template.slots[slot].isMultifield {
                var fields: [Value] = []
                for p in parts { fields.append(contentsOf: try evaluate(p).fields) }
                given[slot] = .multifield(fields)
            } else {
                guard parts.count == 1 else {
                    throw EngineError("slot \(template.slots[slot].name.name) of \(template.name.name) holds one value, got \(parts.count)", at: location)
                }
                let v = try evaluate(parts[0])
                if case .multifield(let m) = v {
                    guard m.count == 1 else {
                        throw EngineError("slot \(template.slots[slot].name.name) of \(template.name.name) holds one value, got a multifield", at: location)
                    }
                    given[slot] = m[0]
                } else {
                    given[slot] = v
                }
            }
        }
        return given
    }
}

extension Compiler {
    /// Compiles `(name ...)` as a fact to assert: slot forms for a deftemplate, fields otherwise.
    func compileFactSpec(_ e: SExpr, _ scope: VariableScope) throws -> FactSpec {
        guard let items = e.items, let name = items.first?.symbolName else {
            throw error("expected a fact such as (name field...), found \(describe(e))", e)
        }
        try checkFactHead(name, at: items[0])
        if let t = ruleBase.template(named: Symbol(name), in: currentModule), !t.isImplied {
            use(t)
            var slotValues: [(slot: Int, parts: [Expression])] = []
            for s in items.dropFirst() {
                guard let sItems = s.items, let slotName = sItems.first?.symbolName else {
                    throw error("expected (slot-name value...) in a \(name) fact, found \(describe(s))", s)
                }
                guard let idx = t.slotIndex(Symbol(slotName)) else {
                    throw error("template \(name) has no slot '\(slotName)' (slots: \(t.slots.map { $0.name.name }.joined(separator: ", ")))", sItems[0])
                }
                let values = slotValueForms(sItems.dropFirst())
                if !t.slots[idx].isMultifield && values.count != 1 {
                    throw error("slot \(slotName) of \(name) holds exactly one value", s)
                }
                slotValues.append((idx, try compileAll(values, scope)))
            }
            return try FactSpec(template: t, slotValues: slotValues, at: e.location)
        }
        let t = try impliedTemplate(name, at: items[0])
        return try FactSpec(template: t, slotValues: [(0, try compileAll(slotValueForms(items.dropFirst()), scope))], at: e.location)
    }

    func compileAssert(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard !args.isEmpty else { throw error("assert: expected at least one fact", e) }
        let specs = try args.map { try compileFactSpec($0, scope) }
        let loc = e.location
        return Expression { ctx in
            var last = Value.false
            for spec in specs {
                last = try spec.assert(ctx, at: loc).map { .fact($0) } ?? .false
            }
            return last
        }
    }

    /// The value expressions of a slot (or of an ordered fact) in `assert`, `modify` or
    /// `duplicate`. CLIPS accepts the pattern syntax `=(expression)` there and means the
    /// expression; the `=` is dropped.
    private func slotValueForms(_ items: ArraySlice<SExpr>) -> [SExpr] {
        var out: [SExpr] = []
        for (i, item) in zip(items.indices, items) {
            if item.symbolName == "=", i + 1 < items.endIndex, items[i + 1].items != nil { continue }
            out.append(item)
        }
        return out
    }

    /// `modify` and `duplicate`: a fact (address or index) and slot overrides.
    func compileModify(_ duplicate: Bool, _ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        let name = duplicate ? "duplicate" : "modify"
        guard let target = args.first else { throw error("\(name): expected a fact and slot changes", e) }
        let factExpr = try compile(target, scope)
        var changeList: [(Symbol, [Expression], SExpr)] = []
        for s in args.dropFirst() {
            guard let items = s.items, let slotName = items.first?.symbolName else {
                throw error("\(name): expected (slot-name value...), found \(describe(s))", s)
            }
            changeList.append((Symbol(slotName), try compileAll(slotValueForms(items.dropFirst()), scope), s))
        }
        let loc = e.location
        let changes = changeList
        return Expression { ctx in
            let fact = try ctx.session.resolveFact(try factExpr(ctx), function: name)
            let t = fact.template
            guard !t.isImplied else { throw EngineError("\(name): only facts of a deftemplate can be changed, not (\(t.name.name) ...)", at: loc) }
            var slots = fact.slots
            for (slotName, parts, _) in changes {
                guard let idx = t.slotIndex(slotName) else {
                    throw EngineError("\(name): template \(t.name.name) has no slot \(slotName.name)", at: loc)
                }
                var fields: [Value] = []
                for p in parts { fields.append(contentsOf: try p(ctx).fields) }
                if t.slots[idx].isMultifield {
                    slots[idx] = .multifield(fields)
                } else {
                    guard fields.count == 1 else {
                        throw EngineError("\(name): slot \(slotName.name) holds exactly one value", at: loc)
                    }
                    slots[idx] = fields[0]
                }
            }
            let result = duplicate ? try ctx.session.assertFact(t, slots) : try ctx.session.modifyFact(fact, slots)
            // As for `assert`: checked only under dynamic constraint checking, once changed,
            // and the whole fact, as CLIPS does.
            if ctx.session.settings.checksConstraintsDynamically {
                for i in slots.indices {
                    if let problem = t.violation(ofSlot: i, slots[i], given: true, at: loc) { throw problem }
                }
            }
            return result.map { .fact($0) } ?? .false
        }
    }
}
