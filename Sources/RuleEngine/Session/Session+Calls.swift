/// Calling deffunctions, and resetting working memory.
extension Session {
    /// Calls `f` with the values `arguments` gives. They are evaluated inside the call, as
    /// CLIPS does: a deffunction called in an argument is one level deeper, which
    /// `watch deffunctions` shows.
    func call(_ f: UserFunction, at location: SourceLocation?, _ arguments: () throws -> [Value]) throws -> Value {
        guard callDepth < maxCallDepth else {
            throw EngineError("\(f.name.name): calls nested deeper than \(maxCallDepth); is the recursion missing a base case?", at: location)
        }
        try checkInterrupt()
        callDepth += 1
        defer { callDepth -= 1 }
        let args = try arguments()
        guard f.accepts(args.count) else { throw EngineError(f.arityMismatch(args.count), at: location) }
        let ctx = context
        let savedFrame = ctx.frame
        var frame = [Value](filledWith: .false, count: max(f.frameSize, f.parameterCount + 1))
        for i in 0..<f.parameterCount { frame[i] = args[i] }
        // Multifield arguments are spliced into the wildcard, as CLIPS does.
        if f.hasWildcard { frame[f.parameterCount] = .multifield(args[f.parameterCount...].flatMap(\.fields)) }
        ctx.frame = frame
        let traced = watch.deffunctions.watches(ConstructWatch.key(f.module, f.name))
        if traced { traceCall(">>", f, args) }
        defer {
            if traced { traceCall("<<", f, args) }
            ctx.frame = savedFrame
        }
        var last = Value.false
        do {
            for e in f.body { last = try e(ctx) }
        } catch ControlFlow.returnValue(let v) {
            last = v
        }
        return last
    }

    /// `watch deffunctions`' line for entering or leaving `f`: its name (qualified outside the
    /// current module), the evaluation depth as CLIPS counts it (a call and a firing each add
    /// one), and the arguments as passed, a multifield in parentheses.
    private func traceCall(_ direction: String, _ f: UserFunction, _ args: [Value]) {
        let name = f.module == currentModule ? f.name.name : Symbol.qualified(f.module, f.name)
        io.write("DFN \(direction) \(name) ED:\(callDepth + firingDepth) (\(args.map(\.displayText).joined(separator: " ")))\n")
    }

    /// Calls a deffunction or built-in chosen at run time, as `sort` and `funcall` do.
    func call(named name: String, _ args: [Value]) throws -> Value {
        if let uf = ruleBase.functions[Symbol(name)] { return try call(uf, at: nil) { args } }
        guard let b = Builtins.table[name] else {
            throw EngineError("unknown function '\(name)': expected a built-in function or a deffunction")
        }
        return try b.body(args, context)
    }

    /// `(reset)`: empties working memory and the agenda, restores globals, asserts
    /// `(initial-fact)` and every deffacts. Under `watch`, CLIPS traces the steps in this order:
    /// the focus stack is emptied and MAIN pushed again, then working memory empties
    /// (`retractAllAsWatched`); unwatched, everything goes at once.
    public func reset() throws {
        while !focusStack.isEmpty { popFocus() }
        focus(Symbol("MAIN"))
        if watch.facts.watchesAny || watch.activations.watchesAny { try retractAllAsWatched() }
        for f in facts {
            if !f.isShared { f.isRetracted = true }
            listener?.factRetracted(f)
        }
        factList = []
        retractedInFactList = 0
        factsByContent = [:]
        clearMemories()
        nextFactIndex = 0
        currentModule = Symbol("MAIN")
        if settings.resetsGlobals {
            for g in ruleBase.globals { setGlobal(g.name, try g.initial(context)) }
        }
        activateRoot()
        if ruleBase.hasInitialFactDeffacts {
            try assertFact(ruleBase.template(named: Symbol("initial-fact"), in: Symbol("MAIN"))!, [.emptyMultifield], origin: .topLevel)
        }
        for d in ruleBase.deffacts {
            for spec in d.facts {
                try spec.assert(context, at: nil, origin: .deffacts(d.name))
            }
        }
    }

    /// Empties working memory one step at a time, so that `watch` shows what CLIPS's `reset`
    /// shows: first the activations that match no fact (rules that start with a `not` or a
    /// `test`, or have no patterns) in the order the root reaches their joins, newest rule
    /// first on each, then each fact as it goes, followed by the activations it took with it.
    private func retractAllAsWatched() throws {
        root.forEachActivation(removeActivation)
        var place: [Int: Int] = [:]
        for (i, s) in ruleBase.rootSuccessorsInVisitingOrder.enumerated() { if case .join(let j) = s { place[j] = i } }
        let factless = root.children.array.filter { !$0.isDeleted && $0.match == nil }
        for t in factless.sorted(by: { place[$0.node, default: .max] < place[$1.node, default: .max] }) {
            var activations: [Activation] = []
            t.forEachActivation { activations.append($0) }
            for a in activations.sorted(by: { $0.rule > $1.rule }) { removeActivation(a) }
            deleteToken(t)
        }
        for f in facts { try retractFact(f) }
    }

    func clearMemories() {
        releaseNetwork()
        alphaMemories = Array(repeating: HashedMemory(), count: ruleBase.alphaMemorySpecs.count)
        betaMemories = Array(repeating: HashedMemory(), count: ruleBase.betaMemorySpecs.count)
        // `releaseNetwork` has emptied the root's children.
        root.counts = JoinCounts()
        sharedBase = nil
        sharedMatchTokens = []
        sharedMatchBlocks = []
    }
}
