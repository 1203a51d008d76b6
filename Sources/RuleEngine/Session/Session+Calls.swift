/// Calling deffunctions, and resetting working memory.
extension Session {
    func call(_ f: UserFunction, _ args: [Value], at location: SourceLocation?) throws -> Value {
        guard callDepth < maxCallDepth else {
            throw EngineError("\(f.name.name): calls nested deeper than \(maxCallDepth); is the recursion missing a base case?", at: location)
        }
        try checkInterrupt()
        let ctx = context
        let savedFrame = ctx.frame
        var frame = [Value](repeating: .false, count: max(f.frameSize, f.parameterCount + 1))
        for i in 0..<f.parameterCount { frame[i] = args[i] }
        // Multifield arguments are spliced into the wildcard, as CLIPS does.
        if f.hasWildcard { frame[f.parameterCount] = .multifield(args[f.parameterCount...].flatMap(\.fields)) }
        ctx.frame = frame
        callDepth += 1
        defer {
            ctx.frame = savedFrame
            callDepth -= 1
        }
        var last = Value.false
        do {
            for e in f.body { last = try e(ctx) }
        } catch ControlFlow.returnValue(let v) {
            last = v
        }
        return last
    }

    /// Calls a deffunction or built-in chosen at run time, as `sort` and `funcall` do.
    func call(named name: String, _ args: [Value]) throws -> Value {
        if let uf = ruleBase.functions[Symbol(name)] {
            guard args.count >= uf.parameterCount, uf.hasWildcard || args.count == uf.parameterCount else {
                throw EngineError("function \(name) expects \(uf.parameterCount) argument(s), got \(args.count)")
            }
            return try call(uf, args, at: nil)
        }
        guard let b = Builtins.table[name] else {
            throw EngineError("unknown function '\(name)': expected a built-in function or a deffunction")
        }
        return try b.body(args, context)
    }

    /// `(reset)`: empties working memory and the agenda, restores globals, asserts
    /// `(initial-fact)` and every deffacts.
    public func reset() throws {
        for f in facts.reversed() where watch.facts {
            io.write("<== f-\(f.index)".leftJustified(12) + f.displayText + "\n")
        }
        for f in facts {
            f.isRetracted = true
            listener?.factRetracted(f)
        }
        facts = []
        factsByContent = [:]
        clearMemories()
        nextFactIndex = 0
        focusStack = []
        currentModule = Symbol("MAIN")
        for g in ruleBase.globals { globals[g.name] = try g.initial(context) }
        activateRoot()
        focus(Symbol("MAIN"))
        try assertFact(ruleBase.template(named: Symbol("initial-fact"))!, [.emptyMultifield], origin: .topLevel)
        for d in ruleBase.deffacts {
            for spec in d.facts {
                try assertFact(spec.template, try spec.build(context, at: nil), origin: .deffacts(d.name))
            }
        }
    }

    func clearMemories() {
        for k in agendas.keys { agendas[k]!.removeAll() }
        alphaMemories = Array(repeating: HashedMemory(), count: ruleBase.alphaMemorySpecs.count)
        betaMemories = Array(repeating: HashedMemory(), count: ruleBase.betaMemorySpecs.count)
        root.removeAllChildren()
        root.counts = JoinCounts()
    }
}
