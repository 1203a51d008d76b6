/// The activations of one module, best first.
struct Agenda {
    private(set) var items: [Activation] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }
    var first: Activation? { items.first }

    mutating func insert(_ a: Activation, _ strategy: Strategy) {
        if strategy == .random {
            items.insert(a, at: Int.random(in: 0...items.count))
            return
        }
        // Most insertions land near the top under depth; search from there.
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].precedes(a, strategy) { lo = mid + 1 } else { hi = mid }
        }
        items.insert(a, at: lo)
    }

    mutating func remove(_ a: Activation) {
        if let i = items.firstIndex(where: { $0 === a }) { items.remove(at: i) }
    }

    mutating func removeFirst() -> Activation { items.removeFirst() }

    mutating func removeAll() { items.removeAll() }

    /// Re-sorts after a strategy change.
    mutating func reorder(_ strategy: Strategy) {
        let old = items
        items = []
        for a in old.sorted(by: { $0.sequence < $1.sequence }) { insert(a, strategy) }
    }
}
