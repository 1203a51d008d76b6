/// Per counting join a token feeds: whether that join has taken the token in yet, and a count:
/// for a conjunction's `not` or `exists`, of the subnetwork's matches; for a single pattern's,
/// 1 while a right match blocks the token (the blocker lists it, `PatternMatch.blocked`) and 0
/// otherwise. Nearly every token feeds one counting join at most, so the first entry is kept
/// inline and only further ones go to a list searched linearly: a list of its own for every
/// such token was a fifth of sudoku's heap. An entry is 8 bytes, so the counts take 16 and a
/// token still fits the allocator's 96-byte block.
struct JoinCounts {
    private var more: [Entry] = []
    private var first = Entry.none

    /// One join's entry: its node, and the count doubled plus one when seen (counts may dip
    /// below zero while a conjunction reports before its join has seen the token).
    private struct Entry {
        static let none = Entry(node: -1, count: 0, seen: false)

        let node: Int32
        let packed: Int32

        init(node: Int, count: Int, seen: Bool) {
            self.node = Int32(node)
            packed = Int32(count) * 2 + (seen ? 1 : 0)
        }

        var value: (count: Int, seen: Bool) { (Int(packed >> 1), packed & 1 == 1) }
    }

    subscript(node: Int) -> (count: Int, seen: Bool)? {
        if Int(first.node) == node { return first.value }
        for e in more where Int(e.node) == node { return e.value }
        return nil
    }

    /// Whether a right match of the single-pattern `not` or `exists` at `node` blocks the token.
    func isBlocked(at node: Int) -> Bool { (self[node]?.count ?? 0) != 0 }

    mutating func setBlocked(_ node: Int, _ blocked: Bool) { set(node, count: blocked ? 1 : 0, seen: true) }

    mutating func set(_ node: Int, count: Int, seen: Bool) {
        let entry = Entry(node: node, count: count, seen: seen)
        if first.node == entry.node || first.node == Entry.none.node {
            first = entry
        } else if let i = more.firstIndex(where: { $0.node == entry.node }) {
            more[i] = entry
        } else {
            more.append(entry)
        }
    }
}
