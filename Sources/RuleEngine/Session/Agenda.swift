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
    /// Only this class's short methods touch it, so it skips dynamic exclusivity checks.
    @exclusivity(unchecked) private var worstFirst: [Activation] = []

    var isEmpty: Bool { worstFirst.isEmpty }
    var count: Int { worstFirst.count }
    /// The activation to fire next.
    var first: Activation? { worstFirst.last }
    /// Best first, as `agenda` lists them.
    var items: ReversedCollection<[Activation]> { worstFirst.reversed() }

    /// The index of the first activation not worse than `a`: where `a` is, or goes.
    private func place(of a: Activation, _ strategy: Strategy) -> Int {
        var lo = 0, hi = worstFirst.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a.precedes(worstFirst[mid], strategy) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func insert(_ a: Activation, _ strategy: Strategy) {
        worstFirst.insert(a, at: place(of: a, strategy))
    }

    func remove(_ a: Activation, _ strategy: Strategy) {
        let i = place(of: a, strategy)
        if i < worstFirst.count, worstFirst[i] === a { worstFirst.remove(at: i) }
    }

    func removeAll() { worstFirst.removeAll() }

    /// Re-sorts after a strategy change.
    func reorder(_ strategy: Strategy) {
        worstFirst.sort { $1.precedes($0, strategy) }
    }
}
