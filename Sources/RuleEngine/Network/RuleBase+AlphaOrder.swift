/// The order in which a fact visits its template's alpha nodes, which decides the order of the
/// activations it creates. CLIPS's pattern network is a tree of slot tests that patterns share
/// by prefix: a fact reaches the patterns that end at a node before those further down, and of
/// nodes side by side it tries the most recently created first.
extension RuleBase {
    mutating func placeAlphaNode(_ id: Int) {
        let t = alphaNodes[id].template.index
        alphaByTemplate[t] = treeOrder(alphaByTemplate[t] + [id], depth: 0)
        alphaDispatch[t] = AlphaDispatch(order: alphaByTemplate[t], matchers: alphaNodes)
    }

    private func treeOrder(_ nodes: [Int], depth: Int) -> [Int] {
        var own: [Int] = []
        var branches: [String: [Int]] = [:]
        for n in nodes {
            let path = alphaNodes[n].path
            if path.count == depth { own.append(n) } else { branches[path[depth], default: []].append(n) }
        }
        // Node ids grow with creation, so a branch is as old as its smallest id.
        let newestFirst = branches.values.sorted { ($0.min() ?? 0) > ($1.min() ?? 0) }
        return own + newestFirst.flatMap { treeOrder($0, depth: depth + 1) }
    }
}
