extension Template {
    /// Fills in defaults for slots not given and checks every slot's constraints. `context`
    /// evaluates `default-dynamic` expressions; without one, a slot that needs one is an error.
    func completeSlots(_ given: [Value?], at location: SourceLocation?, _ context: Context?) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(slots.count)
        for (i, def) in slots.enumerated() {
            var v: Value
            if let g = given[i] {
                v = g
            } else {
                switch def.defaultValue {
                case .derive: v = def.derivedDefault
                case .value(let d): v = d
                case .required:
                    throw EngineError("slot \(def.name.name) of \(name.name) has no default (?NONE): a value must be given", at: location)
                case .dynamic(let exprs):
                    guard let context else { throw EngineError("slot \(def.name.name) of \(name.name) is computed when a fact is made", at: location) }
                    var fields: [Value] = []
                    for e in exprs { fields.append(contentsOf: try e(context).fields) }
                    v = def.isMultifield ? .multifield(fields) : (fields.first ?? .nil)
                }
            }
            // Like CLIPS, a value derived from the constraints is not checked against them.
            if !isImplied, given[i] != nil || !def.defaultValue.isDerived, let problem = def.constraints.violation(of: v) {
                throw EngineError("slot \(def.name.name) of \(name.name): \(problem)", at: location)
            }
            if def.isMultifield, case .multifield = v {} else if def.isMultifield { v = .multifield([v]) }
            out.append(v)
        }
        return out
    }
}
