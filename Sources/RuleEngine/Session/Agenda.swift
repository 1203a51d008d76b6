/// The activations of one module, kept sorted by the strategy's order (`Activation.precedes`).
///
/// The array holds them worst first, so the next to fire is the last element. Under the default
/// depth strategy a new activation is the best of its salience, and most activations that leave
/// without firing are recent ones undone by the same rule's `modify`; both ends up near the end,
/// where inserting or removing moves few elements. Every strategy's order is total (ties go to
/// the creation sequence), so an activation's place is found by binary search, both to insert
/// and to remove it.
///
/// A class, so that an activation can point at its agenda and leave it without a lookup by
/// module.
final class Agenda {
    /// An activation with the fields the depth strategy orders by copied beside it, so that a
    /// search under that strategy reads the array alone instead of retaining every activation
    /// it compares with.
    private struct Entry {
        let salience: Int
        let sequence: Int
        let activation: Activation

        init(_ a: Activation) {
            salience = a.salience
            sequence = a.sequence
            activation = a
        }
    }

    /// Only this class's short methods touch it, so it skips dynamic exclusivity checks.
    @exclusivity(unchecked) private var worstFirst: [Entry] = []

    var isEmpty: Bool { worstFirst.isEmpty }
    var count: Int { worstFirst.count }
    /// The activation to fire next.
    var first: Activation? { worstFirst.last?.activation }
    /// Best first, as `agenda` lists them.
    var items: [Activation] { worstFirst.reversed().map(\.activation) }

    /// The index of the first entry not worse than `a`: where `a` is, or goes.
    private func place(of a: Activation, _ strategy: Strategy) -> Int {
        var lo = 0, hi = worstFirst.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let above: Bool
            if a.salience != worstFirst[mid].salience {
                above = a.salience > worstFirst[mid].salience
            } else if strategy == .depth {
                above = a.sequence > worstFirst[mid].sequence
            } else {
                above = a.precedes(worstFirst[mid].activation, strategy)
            }
            if above { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func insert(_ a: Activation, _ strategy: Strategy) {
        worstFirst.insert(Entry(a), at: place(of: a, strategy))
    }

    func remove(_ a: Activation, _ strategy: Strategy) {
        let i = place(of: a, strategy)
        if i < worstFirst.count, worstFirst[i].activation === a { worstFirst.remove(at: i) }
    }

    func removeAll() { worstFirst.removeAll() }

    /// Re-sorts after a strategy change.
    func reorder(_ strategy: Strategy) {
        worstFirst.sort { $1.activation.precedes($0.activation, strategy) }
    }
}
