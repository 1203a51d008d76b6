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
        let firstNewAlpha = old.alphaNodes.count
        for a in firstNewAlpha..<newBase.alphaNodes.count {
            alphaMemories.append([])
            let node = newBase.alphaNodes[a]
            for f in facts where f.template === node.template || f.template.index == node.template.index {
                for m in try node.matcher.matches(f, context) {
                    alphaMemories[a].append(m)
                    f.matches.append((a, m))
                }
            }
        }
        for _ in old.joins.count..<newBase.joins.count { betaMemories.append([]) }
        for g in newBase.globals.dropFirst(old.globals.count) where globals[g.name] == nil {
            globals[g.name] = try g.initial(context)
        }
        // Existing joins (and the root) pass their current tokens to successors they did not have.
        for j in [nil] + old.joins.indices.map({ Optional($0) }) {
            let before = old.successors(of: j)
            let added = newBase.successors(of: j).filter { !before.contains($0) }
            guard !added.isEmpty else { continue }
            let tokens = j.map { betaMemories[$0] } ?? [root]
            for t in tokens where !t.isDeleted {
                for s in added.reversed() { try dispatch(s, t) }
            }
        }
    }
}
