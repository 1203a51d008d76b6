/// Where each new alpha node of one template goes in the order a fact visits them, which decides
/// the order of the activations it creates. CLIPS's pattern network is a tree of slot tests that
/// patterns share by prefix: a fact reaches the patterns that end at a node before those further
/// down, and of branches side by side it tries the most recently created first.
///
/// The tree keeps only counts, so placing a node costs its path's length times the branches met
/// on the way, not the size of the template's order: loading a program stays linear in its rules.
struct AlphaTree: Sendable {
    private struct Node: Sendable {
        /// Alpha nodes whose path ends here; they come first in this subtree's order.
        var ending = 0
        /// Newest first, as a fact visits them.
        var branches: [(test: String, node: Int)] = []
        /// Alpha nodes in this subtree.
        var size = 0
    }

    private var nodes = [Node()]

    /// Adds a node with `path` (its slot tests, outermost first) after every node already placed
    /// with the same path; returns its position in the visiting order.
    mutating func place(path: [String]) -> Int {
        var n = 0
        var start = 0
        for depth in 0...path.count {
            nodes[n].size += 1
            start += nodes[n].ending
            if depth == path.count {
                nodes[n].ending += 1
                return start
            }
            let branchesStart = start
            var next: Int?
            for b in nodes[n].branches {
                if b.test == path[depth] { next = b.node; break }
                start += nodes[b.node].size
            }
            if let next {
                n = next
            } else {
                // A new branch is the newest, so it is visited first of its siblings.
                nodes.append(Node())
                nodes[n].branches.insert((path[depth], nodes.count - 1), at: 0)
                n = nodes.count - 1
                start = branchesStart
            }
        }
        preconditionFailure("unreachable: the loop returns at depth path.count")
    }
}
