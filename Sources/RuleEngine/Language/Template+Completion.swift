extension Template {
    /// Fills in defaults for slots not given and, when `checked`, checks the slots'
    /// constraints. `context` evaluates `default-dynamic` expressions; without one, a slot
    /// that needs one is an error.
    func completeSlots(_ given: [Value?], at location: SourceLocation?, _ context: Context?, checked: Bool) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(slots.count)
        // Slots are read in place, by index: a slot definition is a large value, and copying
        // one for each slot of every fact asserted was a measurable part of a turn.
        for i in slots.indices {
            var v: Value
            if let g = given[i] {
                v = g
            } else {
                v = try defaultValue(ofSlot: i, at: location, context)
            }
            if checked, let problem = violation(ofSlot: i, v, given: given[i] != nil, at: location) { throw problem }
            if slots[i].isMultifield, case .multifield = v {} else if slots[i].isMultifield { v = .multifield([v]) }
            out.append(v)
        }
        return out
    }

    /// How slot `i`'s value `v` breaks its constraints, if it does. Like CLIPS, a value derived
    /// from the constraints (not `given`) is not checked against them.
    func violation(ofSlot i: Int, _ v: Value, given: Bool, at location: SourceLocation?) -> EngineError? {
        guard !isImplied, given || !slots[i].defaultValue.isDerived, let problem = slots[i].constraints.violation(of: v) else { return nil }
        return EngineError("slot \(slots[i].name.name) of \(name.name): \(problem)", at: location)
    }

    /// The value a slot takes when the fact does not give one.
    private func defaultValue(ofSlot i: Int, at location: SourceLocation?, _ context: Context?) throws -> Value {
        switch slots[i].defaultValue {
        case .derive: return slots[i].derivedDefault
        case .value(let d): return d
        case .required:
            throw EngineError("slot \(slots[i].name.name) of \(name.name) has no default (?NONE): a value must be given", at: location)
        case .dynamic(let exprs):
            guard let context else { throw EngineError("slot \(slots[i].name.name) of \(name.name) is computed when a fact is made", at: location) }
            var fields: [Value] = []
            for e in exprs { fields.append(contentsOf: try e(context).fields) }
            return slots[i].isMultifield ? .multifield(fields) : (fields.first ?? .nil)
        }
    }
}
