/// Undoing a construct that failed to compile. The shell compiles each construct into its
/// session's rule base in place, so that a load costs what it adds rather than a copy of the rule
/// base per construct; a construct that fails halfway (say, an unknown function in its actions
/// after its patterns made nodes) is rolled back to the checkpoint taken before it, so that it
/// leaves nothing behind and the constructs before it stay, as in CLIPS.
///
/// Compiling a construct only appends to the rule base's arrays, except for a few lists of
/// existing nodes (successors, memories) that gain entries naming new nodes, and the name
/// tables. So a checkpoint is the arrays' counts plus the small tables, and rolling back cuts
/// the arrays and drops what names new nodes.
extension RuleBase {
    struct Checkpoint {
        let templates: Int
        let alphaNodes: Int
        let joins: Int
        let rules: Int
        let removedRules: Int
        let alphaMemorySpecs: Int
        let betaMemorySpecs: Int
        let functionOrder: Int
        /// Small tables kept whole: keeping them costs one copy of each when a construct
        /// changes them.
        let templateByName: [Symbol: Int]
        let rootSuccessors: [Successor]
        let globalDefinitions: [GlobalDefinition]
    }

    func checkpoint() -> Checkpoint {
        Checkpoint(templates: templates.count, alphaNodes: alphaNodes.count, joins: joins.count, rules: rules.count,
                   removedRules: removedRules.count, alphaMemorySpecs: alphaMemorySpecs.count,
                   betaMemorySpecs: betaMemorySpecs.count, functionOrder: functionOrder.count,
                   templateByName: templateByName, rootSuccessors: rootSuccessors, globalDefinitions: globals)
    }

    /// Alpha nodes made since `mark` take their places in the visiting order; the compiler
    /// leaves that until the construct is complete, so a rollback need not undo it.
    mutating func placeAlphaNodes(since mark: Checkpoint) {
        for id in mark.alphaNodes..<alphaNodes.count { placeAlphaNode(id) }
    }

    /// Back to `mark`, which must be this rule base's, taken before anything since was compiled
    /// and before `placeAlphaNodes(since:)`. Rules are installed only once their construct has
    /// compiled, so there are none to undo.
    mutating func rollBack(to mark: Checkpoint) {
        let newJoins = joins[mark.joins...]
        for j in newJoins.reversed() {
            joinByKey[j.key] = nil
            if let a = j.alpha, a < mark.alphaNodes { alphaSuccessors[a].removeAll { $0 == j.id } }
            var touched = [j.parent]
            switch j.kind {
            case .negatedConjunction(let end), .existsConjunction(let end): touched.append(end)
            default: break
            }
            for case let p? in touched where p < mark.joins {
                changeSuccessors(of: p) { $0.removeAll { $0.names(joinsFrom: mark.joins) } }
            }
        }
        for spec in alphaMemorySpecs[mark.alphaMemorySpecs...] where spec.node < mark.alphaNodes {
            alphaMemoryIDs[spec.node].removeAll { $0 >= mark.alphaMemorySpecs }
        }
        for spec in betaMemorySpecs[mark.betaMemorySpecs...] where spec.node < mark.joins {
            changeMemories(of: spec.node) { $0.removeAll { $0 >= mark.betaMemorySpecs } }
        }
        for node in alphaNodes[mark.alphaNodes...] { alphaByKey[node.key] = nil }
        joins.removeSubrange(mark.joins...)
        joinRoutes.removeSubrange(mark.joins...)
        betaMemorySpecs.removeSubrange(mark.betaMemorySpecs...)
        alphaNodes.removeSubrange(mark.alphaNodes...)
        alphaSuccessors.removeSubrange(mark.alphaNodes...)
        alphaMemoryIDs.removeSubrange(mark.alphaNodes...)
        alphaMemorySpecs.removeSubrange(mark.alphaMemorySpecs...)
        templates.removeSubrange(mark.templates...)
        alphaTrees.removeSubrange(mark.templates...)
        alphaDispatch.removeSubrange(mark.templates...)
        templateByName = mark.templateByName
        rootSuccessors = mark.rootSuccessors
        functionOrder.removeSubrange(mark.functionOrder...)
        globals = mark.globalDefinitions
    }
}

extension Successor {
    /// Whether this names a join numbered `first` or later.
    fileprivate func names(joinsFrom first: Int) -> Bool {
        switch self {
        case .join(let j), .conjunctionEnd(owner: let j): return j >= first
        case .terminal: return false
        }
    }
}
