/// Asserting, retracting and modifying facts.
extension Session {
    /// Adds a fact unless an identical one exists (then returns nil, as CLIPS returns FALSE).
    /// Inside a rule firing, the fact records the activation as its origin, and `logical`
    /// conditions become its support.
    @discardableResult
    public func assertFact(_ template: Template, _ slots: [Value], origin explicitOrigin: FactOrigin? = nil) throws -> Fact? {
        let key = FactKey(template: template.index, slots: slots)
        let support = logicalSupportToken()
        let existing = fact(withContent: key)
        if !settings.allowsDuplicateFacts, let existing {
            // Shared facts are unconditional, so neither branch changes one.
            if let s = support, !existing.isUnconditional {
                existing.support.append(s)
                addSupport(s, to: existing)
            } else if support == nil, !existing.isUnconditional {
                // As in CLIPS, the fact no longer depends on anything (`dependencies`).
                existing.isUnconditional = true
                dropSupport(of: existing)
            }
            return nil
        }
        let origin = explicitOrigin ?? currentOrigin()
        let fact = Fact(index: nextFactIndex, template: template, slots: slots, origin: origin, contentHash: key.contentHash)
        nextFactIndex += 1
        if let s = support {
            fact.isUnconditional = false
            fact.support = [s]
            addSupport(s, to: fact)
        }
        factList.append(fact)
        if existing == nil { factsByContent[key] = fact }
        if watch.facts.watches(watchKey(fact.template)) { io.write("==> f-\(fact.index)".leftJustified(12) + fact.displayText + "\n") }
        listener?.factAsserted(fact)
        try propagateAssert(fact)
        return fact
    }

    func currentOrigin() -> FactOrigin {
        guard let a = firing else { return .topLevel }
        return .rule(name: ruleBase.rules[a.rule].name, matched: a.token.facts.compactMap { $0 })
    }

    /// A token's first supported fact replaces whatever the table holds under its identity:
    /// that can only be left from a token dropped with the network, whose address this one
    /// may have taken.
    private func addSupport(_ token: BetaToken, to fact: Fact) {
        if token.supportsFacts, let i = supportedFacts.index(forKey: ObjectIdentifier(token)) {
            supportedFacts.values[i].append(fact)
        } else {
            token.supportsFacts = true
            supportedFacts[ObjectIdentifier(token)] = .one(fact)
        }
    }

    /// The partial match that logically supports facts asserted by the rule now firing.
    func logicalSupportToken() -> BetaToken? {
        guard let a = firing, let level = ruleBase.rules[a.rule].disjuncts[a.disjunct].logicalLevel else { return nil }
        return a.token.ancestor(atLevel: level)
    }

    private func propagateAssert(_ fact: Fact) throws {
        for a in ruleBase.alphaDispatch[fact.template.index].candidates(for: fact) {
            let node = ruleBase.alphaNodes[a]
            let found = try node.matcher.matches(fact, context)
            for m in found {
                remember(m, in: a)
                fact.matches.append((a, m))
                for j in ruleBase.alphaSuccessors[a] { try rightActivate(ruleBase.joins[j], m) }
            }
        }
    }

    /// Puts a new match of alpha node `a` into each of the node's memories.
    func remember(_ m: PatternMatch, in a: Int) {
        for id in ruleBase.alphaMemoryIDs[a] {
            alphaMemories[id].insert(m, JoinKey(m, slots: ruleBase.alphaMemorySpecs[id].key))
        }
    }

    /// A shared fact leaves only this session: its matches leave this session's memories at
    /// once instead of being marked, and nothing on the fact or its matches changes.
    public func retractFact(_ fact: Fact) throws {
        guard contains(fact) else { return }
        if !fact.isShared { fact.isRetracted = true }
        removeFromFactList(fact)
        let key = FactKey(fact)
        if factsByContent[key] === fact { factsByContent[key] = nil }
        if watch.facts.watches(watchKey(fact.template)) { io.write("<== f-\(fact.index)".leftJustified(12) + fact.displayText + "\n") }
        listener?.factRetracted(fact)
        for (a, m) in fact.matches {
            if !fact.isShared { m.isRemoved = true }
            for id in ruleBase.alphaMemoryIDs[a] {
                let key = JoinKey(m, slots: ruleBase.alphaMemorySpecs[id].key)
                if fact.isShared { alphaMemories[id].remove(m, key) } else { alphaMemories[id].noteRemoved(key) }
            }
        }
        // The fact leaves its patterns in the reverse of the order it reached them (CLIPS keeps
        // them in a list it adds each new one to the front of), each dropping its partial
        // matches newest first; `watch` shows that order.
        for (_, m) in fact.matches.reversed() {
            for t in tokens(on: m).reversed() { deleteToken(t) }
            try unblock(m)
        }
        if fact.isShared {
            let gone = Set(fact.matches.map { ObjectIdentifier($0.match) })
            sharedMatchTokens.removeAll { gone.contains($0.match) }
            sharedMatchBlocks.removeAll { gone.contains($0.match) }
            return
        }
        for (_, m) in fact.matches { m.releaseTokens() }
        fact.matches = []
        dropSupport(of: fact)
    }

    /// Forgets the partial matches that logically supported `fact`, as retracting it or
    /// asserting it unconditionally does.
    private func dropSupport(of fact: Fact) {
        for t in fact.support {
            // Through the index: see `HashedMemory.noteRemoved`.
            if let i = supportedFacts.index(forKey: ObjectIdentifier(t)) { supportedFacts.values[i].remove(fact) }
        }
        fact.support = []
    }

    /// The tokens built on `m` in this session, oldest first; deleted ones may be among them.
    func tokens(on m: PatternMatch) -> [BetaToken] {
        guard m.isShared else { return m.tokens }
        let id = ObjectIdentifier(m)
        return sharedMatchTokens.compactMap { $0.match == id ? $0.token : nil }
    }

    /// Where `fact` sits in `factList`, retracted or not.
    func indexInFactList(_ fact: Fact) -> Int? {
        let i = factListPosition(ofIndex: fact.index)
        return i < factList.count && factList[i] === fact ? i : nil
    }

    /// The first position in `factList` whose fact index is `index` or more (it is in index
    /// order).
    func factListPosition(ofIndex index: Int) -> Int {
        var lo = 0, hi = factList.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if factList[mid].index < index { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// A shared fact leaves the list at once: the list is what says whether this session still
    /// has it. A fact of this session's own is marked retracted and stays until retracted
    /// facts are half the list; taking each out where it sits moved the rest of the list every
    /// time (Waltz-50: 2% of the run, growing with working memory).
    private func removeFromFactList(_ fact: Fact) {
        guard !fact.isShared else {
            if let i = indexInFactList(fact) { factList.remove(at: i) }
            return
        }
        retractedInFactList += 1
        if retractedInFactList * 2 >= factList.count { dropRetractedFacts() }
    }

    func dropRetractedFacts() {
        guard retractedInFactList > 0 else { return }
        factList.removeAllKeepingOrder { !$0.isShared && $0.isRetracted }
        retractedInFactList = 0
    }

    /// CLIPS 6.30 modifies by retracting and asserting a fact with a new index.
    public func modifyFact(_ fact: Fact, _ slots: [Value]) throws -> Fact? {
        try retractFact(fact)
        return try assertFact(fact.template, slots)
    }

    /// Asserts an ordered fact or a template fact given as text, as `assert-string` does.
    @discardableResult
    public func assertString(_ text: String) throws -> Fact? {
        var reader = Reader(text, file: "assert-string")
        guard let form = try reader.read() else { throw EngineError("assert-string: expected a fact, got nothing") }
        let compiler = Compiler(ruleBase: ruleBase, module: currentModule)
        let spec = try compiler.compileFactSpec(form, VariableScope())
        adoptTemplates(from: compiler.ruleBase)
        return try spec.assert(context, at: nil)
    }

    /// Takes over templates created while compiling at run time (implied templates of new
    /// ordered facts); they have no alpha nodes yet, so nothing else changes.
    func adoptTemplates(from rb: RuleBase) {
        guard rb.templates.count > ruleBase.templates.count else { return }
        for t in rb.templates[ruleBase.templates.count...] {
            ruleBase.templateByName[t.name] = ruleBase.templates.count
            ruleBase.templates.append(t)
            ruleBase.alphaTrees.append(AlphaTree())
            ruleBase.alphaDispatch.append(AlphaDispatch())
        }
    }
}

extension String {
    /// Left-justified in a field of `width`, with at least one space after.
    func leftJustified(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
