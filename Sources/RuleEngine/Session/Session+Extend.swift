/// Growing a live session when the program defines more constructs (the shell's `load` and
/// `defrule` after facts exist): new nodes are primed from what is already in memory.
extension Session {
    public func adopt(_ newBase: RuleBase) throws {
        try refuseGrowthWhileShared()
        let mark = ruleBase.checkpoint()
        ruleBase = newBase
        try catchUp(since: mark)
    }

    /// New patterns would add matches to shared facts, which other sessions read.
    private func refuseGrowthWhileShared() throws {
        guard sharedBase == nil else {
            throw EngineError("this session shares its initial facts with other sessions, so it cannot take new rules or templates until a reset")
        }
    }

    /// Brings the session up to date with what its rule base gained since `mark`, a checkpoint
    /// of it: the shell compiles constructs into the session's rule base in place.
    func catchUp(since old: RuleBase.Checkpoint) throws {
        try refuseGrowthWhileShared()
        let newBase = ruleBase
        // A rule removed since the checkpoint was live before it.
        for r in newBase.removedRules.dropFirst(old.removedRules) where r < old.rules {
            for (_, agenda) in agendas {
                for a in agenda.items where a.rule == r { removeActivation(a) }
            }
        }
        let grown = grownJoins(old)
        keepAllTokens(of: grown.compactMap(\.join))
        primeMemories(old)
        for a in old.alphaNodes..<newBase.alphaNodes.count {
            let node = newBase.alphaNodes[a]
            for f in facts where f.template === node.template || f.template.index == node.template.index {
                for m in try node.matcher.matches(f, context) {
                    remember(m, in: a)
                    f.matches.append((a, m))
                }
            }
        }
        for g in newBase.globals.dropFirst(old.globalDefinitions.count) where globals[g.name] == nil {
            globals[g.name] = try g.initial(context)
        }
        // Existing joins (and the root) pass their current tokens to successors they did not have.
        for (j, count) in grown {
            let added = addedSuccessors(of: j, count, old)
            for t in j.map(tokens(of:)) ?? [root] {
                for s in added.reversed() { try dispatch(s, t) }
            }
        }
    }

    /// The existing joins (nil for the root) that gained successors, root first, with how many
    /// they gained: found from the new joins and rules alone, so adopting costs what was added,
    /// not the size of the network.
    private func grownJoins(_ old: RuleBase.Checkpoint) -> [(join: Int?, count: Int)] {
        var grown: [Int: Int] = [:]
        func note(_ j: Int?) {
            let k = j ?? -1
            if k < old.joins { grown[k, default: 0] += 1 }
        }
        for n in old.joins..<ruleBase.joins.count {
            let node = ruleBase.joins[n]
            note(node.parent)
            switch node.kind {
            case .negatedConjunction(let end), .existsConjunction(let end): note(end)
            default: break
            }
        }
        for r in old.rules..<ruleBase.rules.count {
            for d in ruleBase.rules[r].disjuncts { note(d.lastJoin) }
        }
        return grown.sorted { $0.key < $1.key }.map { ($0.key < 0 ? nil : $0.key, $0.value) }
    }

    /// The first `count` successors of `j` that refer to a new join or rule, in list order.
    /// Successors are added at or near the front, so the scan stops early.
    private func addedSuccessors(of j: Int?, _ count: Int, _ old: RuleBase.Checkpoint) -> [Successor] {
        var added: [Successor] = []
        for s in ruleBase.successors(of: j) where added.count < count {
            switch s {
            case .join(let n), .conjunctionEnd(owner: let n): if n >= old.joins { added.append(s) }
            case .terminal(let r, _): if r >= old.rules { added.append(s) }
            }
        }
        return added
    }

    /// New memories of existing nodes (a new join keyed differently) start with the node's
    /// entries, in order, from the node's unkeyed memory. Memories of new nodes start empty.
    private func primeMemories(_ old: RuleBase.Checkpoint) {
        for id in old.alphaMemorySpecs..<ruleBase.alphaMemorySpecs.count {
            alphaMemories.append(HashedMemory())
            let spec = ruleBase.alphaMemorySpecs[id]
            guard spec.node < old.alphaNodes else { continue }
            for m in alphaMemories[ruleBase.alphaMemoryIDs[spec.node][0]].entries(.none).array where !m.isRemoved {
                alphaMemories[id].insert(m, JoinKey(m, slots: spec.key))
            }
        }
        for id in old.betaMemorySpecs..<ruleBase.betaMemorySpecs.count {
            betaMemories.append(HashedMemory())
            let spec = ruleBase.betaMemorySpecs[id]
            guard spec.node < old.joins else { continue }
            let isFirstKeyed = ruleBase.joinRoutes[spec.node].memoryIDs.firstIndex(of: id) == 1
            for t in tokens(of: spec.node) {
                let key = JoinKey(t, locations: spec.key)
                betaMemories[id].insert(t, key)
                if isFirstKeyed, case .digest(let d) = key { t.keyDigest = d }
            }
        }
    }

    /// Existing joins whose unkeyed memory a new successor reads start keeping it, with the
    /// tokens they have.
    private func keepAllTokens(of joins: [Int]) {
        for j in joins where ruleBase.joinRoutes[j].keepsAllTokens {
            let memory = ruleBase.unkeyedMemory(of: j)
            guard betaMemories[memory].entries(.none).isEmpty else { continue }
            for t in tokensUnderParents(of: j).reversed() { betaMemories[memory].insert(t, .none) }
        }
    }

    /// Join `j`'s live tokens, oldest first: what its unkeyed memory holds when kept.
    func tokens(of j: Int) -> [BetaToken] {
        guard ruleBase.joinRoutes[j].keepsAllTokens else { return tokensUnderParents(of: j) }
        return betaMemories[ruleBase.unkeyedMemory(of: j)].entries(.none).array.filter { !$0.isDeleted }.sorted { $0.sequence < $1.sequence }
    }

    /// Join `j`'s live tokens, oldest first, found among the children of its parent's.
    private func tokensUnderParents(of j: Int) -> [BetaToken] {
        let parents = ruleBase.joins[j].parent.map(tokens(of:)) ?? [root]
        return parents.flatMap { $0.children.array.filter { $0.node == j && !$0.isDeleted } }.sorted { $0.sequence < $1.sequence }
    }
}
