/// Per counting join a token feeds: whether that join has taken the token in yet, and a count
/// (for a conjunction's `not` or `exists`, of the subnetwork's matches) or, for a single
/// pattern's, the blocker (see `setBlocker`). Nearly every token feeds one counting join at
/// most, so the first entry is kept inline and only further ones go to a list searched linearly: a list of
/// its own for every such token was a fifth of sudoku's heap. An entry is 8 bytes, so the
/// counts take 16 and a token still fits the allocator's 96-byte block.
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

    /// Past the 30 bits an entry has room for, a token is marked blocked by an unknown fact,
    /// which every retraction then takes for the blocker.
    private static let unknownBlocker = Int(Int32.max >> 1)

    /// A single pattern's `not` or `exists` needs to know that some right match blocks the
    /// token, not how many do; it keeps which fact's match does (its index plus one, 0 for none)
    /// so that a retraction looks for another blocker only when it takes this one away.
    mutating func setBlocker(_ node: Int, _ fact: Fact?) {
        set(node, count: fact.map { min($0.index + 1, Self.unknownBlocker) } ?? 0, seen: true)
    }

    /// Whether a right match of the single-pattern `not` or `exists` at `node` blocks the token.
    func isBlocked(at node: Int) -> Bool { (self[node]?.count ?? 0) != 0 }

    /// Whether the match blocking the token at `node` may be one of `fact`'s.
    func mayBeBlocked(at node: Int, by fact: Fact) -> Bool {
        guard let code = self[node]?.count, code != 0 else { return false }
        return code == fact.index + 1 || code == Self.unknownBlocker
    }

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
