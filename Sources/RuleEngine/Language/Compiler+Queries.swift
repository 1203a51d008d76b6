/// The fact-set query functions: `do-for-fact`, `find-all-facts`, `any-factp` and friends.
extension Compiler {
    func compileQuery(_ name: String, _ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard args.count >= 2, let specs = args[0].items else {
            throw error("\(name): expected ((?var template...)...) <query> <action>*", e)
        }
        var slotList: [Int] = []
        var setList: [[Template]] = []
        for spec in specs {
            guard let items = spec.items, items.count >= 2, case .variable(let v)? = items[0].atom else {
                throw error("\(name): expected (?var template...) in the query's fact-set", spec)
            }
            slotList.append(scope.allocate(v))
            setList.append(try items.dropFirst().map { t in
                guard let tn = t.symbolName else { throw error("\(name): expected a template name", t) }
                guard let tpl = ruleBase.template(named: Symbol(tn), in: currentModule) else {
                    throw error("\(name): unknown template '\(tn)'", t)
                }
                use(tpl)
                return tpl
            })
        }
        let (slots, templateSets) = (slotList, setList)
        let query = try compile(args[1], scope)
        let actions = try compileAll(Array(args.dropFirst(2)), scope)
        let action = actions.isEmpty ? nil : sequence(actions)
        let stopAtFirst = ["do-for-fact", "find-fact", "any-factp"].contains(name)

        /// Calls `visit` for each tuple satisfying the query, until it returns false.
        let frameNeeded = (slots.max() ?? 0) + 1
        let each: @Sendable (Context, (Context) throws -> Bool) throws -> Void = { ctx, visit in
            // A query inside a rule's test runs on the network's frameless context.
            if ctx.frame.count < frameNeeded {
                ctx.frame += Array(filledWith: .false, count: frameNeeded - ctx.frame.count)
            }
            let candidates = templateSets.map { set in
                ctx.session.liveFacts.filter { f in set.contains { $0 === f.template } }
            }
            var stop = false
            func recurse(_ i: Int) throws {
                if stop { return }
                if i == slots.count {
                    if try query(ctx).isTrue { stop = try !visit(ctx) || stopAtFirst }
                    return
                }
                for f in candidates[i] where ctx.session.contains(f) {
                    ctx.frame[slots[i]] = .fact(f)
                    try recurse(i + 1)
                    if stop { return }
                }
            }
            try recurse(0)
        }
        switch name {
        case "any-factp":
            return Expression { ctx in
                var found = false
                try each(ctx) { _ in found = true; return false }
                return .bool(found)
            }
        case "find-fact", "find-all-facts":
            return Expression { ctx in
                var out: [Value] = []
                try each(ctx) { c in
                    for s in slots { out.append(c.frame[s]) }
                    return true
                }
                return .multifield(out)
            }
        case "delayed-do-for-all-facts":
            return Expression { ctx in
                var tuples: [[Value]] = []
                try each(ctx) { c in tuples.append(slots.map { c.frame[$0] }); return true }
                var last = Value.false
                for t in tuples {
                    for (s, v) in zip(slots, t) { ctx.frame[s] = v }
                    last = try action?(ctx) ?? .false
                }
                return last
            }
        default:
            return Expression { ctx in
                var last = Value.false
                try each(ctx) { c in
                    last = try action?(c) ?? .false
                    return true
                }
                return last
            }
        }
    }

    /// `?f:slot` inside a query: the slot of the fact bound to `?f`.
    func compileSlotReference(_ name: String, _ e: SExpr, _ scope: VariableScope) throws -> Expression? {
        guard let colon = name.firstIndex(of: ":") else { return nil }
        let varName = String(name[..<colon])
        let slot = Symbol(String(name[name.index(after: colon)...]))
        guard let factExpr = scope.expression(for: varName) else { return nil }
        let loc = e.location
        return Expression { ctx in
            guard case .fact(let f) = try factExpr(ctx), let v = f.value(ofSlot: slot) else {
                throw EngineError("?\(name): the fact has no slot \(slot.name)", at: loc)
            }
            return v
        }
    }
}
