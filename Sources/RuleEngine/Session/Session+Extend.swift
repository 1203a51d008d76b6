/// Growing a live session when the program defines more constructs (the shell's `load` and
/// `defrule` after facts exist): new nodes are primed from what is already in memory.
extension Session {
    public func adopt(_ newBase: RuleBase) throws {
        let old = ruleBase
        ruleBase = newBase
        for r in old.rules.indices where newBase.rules[r].isRemoved && !old.rules[r].isRemoved {
            for (_, agenda) in agendas {
                for a in agenda.items where a.rule == r { removeActivation(a) }
            }
        }
        primeMemories(old)
        for a in old.alphaNodes.count..<newBase.alphaNodes.count {
            let node = newBase.alphaNodes[a]
            for f in facts where f.template === node.template || f.template.index == node.template.index {
                for m in try node.matcher.matches(f, context) {
                    remember(m, in: a)
                    f.matches.append((a, m))
                }
            }
        }
        for g in newBase.globals.dropFirst(old.globals.count) where globals[g.name] == nil {
            globals[g.name] = try g.initial(context)
        }
        // Existing joins (and the root) pass their current tokens to successors they did not have.
        for j in [nil] + old.joins.indices.map({ Optional($0) }) {
            let before = old.successors(of: j)
            let added = newBase.successors(of: j).filter { !before.contains($0) }
            guard !added.isEmpty else { continue }
            let tokens = j.map { betaMemories[newBase.betaMemoryIDs[$0][0]].entries(.none) } ?? rootTokens
            for t in tokens where !t.isDeleted {
                for s in added.reversed() { try dispatch(s, t) }
            }
        }
    }

    /// New memories of existing nodes (a new join keyed differently) start with the node's
    /// entries, in order, from the node's unkeyed memory. Memories of new nodes start empty.
    private func primeMemories(_ old: RuleBase) {
        for id in old.alphaMemorySpecs.count..<ruleBase.alphaMemorySpecs.count {
            alphaMemories.append(HashedMemory())
            let spec = ruleBase.alphaMemorySpecs[id]
            guard spec.node < old.alphaNodes.count else { continue }
            for m in alphaMemories[ruleBase.alphaMemoryIDs[spec.node][0]].entries(.none) where !m.isRemoved {
                alphaMemories[id].insert(m, JoinKey(m, slots: spec.key))
            }
        }
        for id in old.betaMemorySpecs.count..<ruleBase.betaMemorySpecs.count {
            betaMemories.append(HashedMemory())
            let spec = ruleBase.betaMemorySpecs[id]
            guard spec.node < old.joins.count else { continue }
            for t in betaMemories[ruleBase.betaMemoryIDs[spec.node][0]].entries(.none) where !t.isDeleted {
                betaMemories[id].insert(t, JoinKey(t, locations: spec.key))
            }
        }
    }
}
