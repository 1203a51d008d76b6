/// The activations of one module, in the strategy's order (`Activation.precedes`).
///
/// As in CLIPS, activations of equal salience form a group, and each group is a doubly linked
/// list threaded through the activations themselves. Groups are kept highest salience first;
/// programs use few distinct saliences, so finding one is cheap. An activation leaves its list in
/// O(1) wherever it is, which matters because a `modify` takes back most activations before they
/// fire, and Manners keeps thousands waiting. A new activation is the most recent one, so under
/// depth (the default) it goes straight to the top of its group and under breadth straight to
/// the bottom; under the other strategies it is compared with the top, then the bottom, then
/// walked down, as CLIPS does. Every strategy's order is total (ties go to the creation
/// sequence), so the lists hold exactly the order a full sort would give.
///
/// A class, so that an activation can point at its agenda and leave it without a lookup by
/// module.
final class Agenda {
    private struct Group {
        let salience: Int
        /// Never nil; optional so that a new top can take over the old one's reference by
        /// moving it (`take`) instead of counting it up and down.
        var top: Activation?
        /// Not counted: the list from `top` keeps it alive.
        var bottom: Unmanaged<Activation>

        init(_ a: Activation) {
            salience = a.salience
            top = a
            bottom = Unmanaged.passUnretained(a)
        }

        /// Puts `a` on top, taking over the reference that held the old top.
        mutating func push(_ a: Activation) {
            top.unsafelyUnwrapped.previous = Unmanaged.passUnretained(a)
            a.next = top.take()
            top = a
        }

        mutating func append(_ a: Activation) {
            bottom._withUnsafeGuaranteedRef { $0.next = a }
            a.previous = bottom
            bottom = Unmanaged.passUnretained(a)
        }
    }

    /// Only this class's short methods touch these, so they skip dynamic exclusivity checks.
    /// Highest salience first; a group goes when its last activation does.
    @exclusivity(unchecked) private var groups: [Group] = []
    @exclusivity(unchecked) private var strategy: Strategy
    /// A hint for `group(of:)`, checked before use: groups come and go.
    @exclusivity(unchecked) private var recentGroup = 0
    private(set) var count = 0

    init(_ strategy: Strategy) { self.strategy = strategy }

    /// Unlinks the lists one activation at a time: releasing a long list from its top would
    /// free it recursively and could overflow the stack.
    deinit { removeAll() }

    var isEmpty: Bool { groups.isEmpty }
    /// The activation to fire next.
    var first: Activation? { groups.first?.top }

    /// Best first, as `agenda` lists them.
    var items: [Activation] {
        var out: [Activation] = []
        out.reserveCapacity(count)
        for g in groups {
            var next: Activation? = g.top
            while let a = next { out.append(a); next = a.next }
        }
        return out
    }

    /// Places a new activation: one more recent than every activation here.
    func insert(_ a: Activation) {
        count += 1
        let g = group(of: a.salience)
        guard g < groups.count, groups[g].salience == a.salience else {
            groups.insert(Group(a), at: g)
            return
        }
        switch strategy {
        case .depth: groups[g].push(a)
        case .breadth: groups[g].append(a)
        default: place(a, in: g)
        }
    }

    /// Finds `a`'s place in group `g` by comparing: the group's list keeps its activations
    /// alive meanwhile, so the walk reads them unretained.
    private func place(_ a: Activation, in g: Int) {
        let top = Unmanaged.passUnretained(groups[g].top.unsafelyUnwrapped)
        if places(a, above: top) { return groups[g].push(a) }
        let bottom = groups[g].bottom
        if !places(a, above: bottom) { return groups[g].append(a) }
        // Somewhere strictly between the two ends: `top` does not follow `a`, `bottom` does.
        var below = Unmanaged.passUnretained(top._withUnsafeGuaranteedRef { $0.next.unsafelyUnwrapped })
        while !places(a, above: below) { below = Unmanaged.passUnretained(below._withUnsafeGuaranteedRef { $0.next.unsafelyUnwrapped }) }
        below._withUnsafeGuaranteedRef { below in
            let above = below.previous.unsafelyUnwrapped
            above._withUnsafeGuaranteedRef { $0.next = a }
            a.previous = above
            a.next = below
            below.previous = Unmanaged.passUnretained(a)
        }
    }

    /// Whether `a` goes above `b` under the strategy, `b` read without counting a reference.
    @inline(__always) private func places(_ a: Activation, above b: Unmanaged<Activation>) -> Bool {
        b._withUnsafeGuaranteedRef { a.precedes($0, strategy) }
    }

    func remove(_ a: Activation) {
        // `next` is moved out of `a`, not copied.
        let previous = a.previous
        if let p = previous, a.next != nil {
            // Inside its group's list: there is no group to look up.
            count -= 1
            a.previous = nil
            let n = a.next.take().unsafelyUnwrapped
            n.previous = p
            p._withUnsafeGuaranteedRef { $0.next = n }
            return
        }
        let g = group(of: a.salience)
        guard g < groups.count, groups[g].salience == a.salience,
              previous != nil || a.next != nil || groups[g].top === a else { return }
        count -= 1
        a.previous = nil
        // At an end of its list: at most one neighbour.
        if let n = a.next.take() {
            n.previous = nil
            groups[g].top = n
        } else if let p = previous {
            p._withUnsafeGuaranteedRef { $0.next = nil }
            groups[g].bottom = p
        } else {
            groups.remove(at: g)
        }
    }

    func removeAll() {
        for g in groups {
            var next: Activation? = g.top
            while let a = next {
                next = a.next
                a.next = nil
                a.previous = nil
            }
        }
        groups.removeAll()
        count = 0
    }

    /// Gives each activation the salience `salience` works out, and re-sorts.
    func refresh(_ salience: (Activation) -> Int) {
        for a in items { a.salience = salience(a) }
        reorder(strategy)
    }

    /// Re-sorts after a strategy change.
    func reorder(_ strategy: Strategy) {
        let sorted = items.sorted { $0.precedes($1, strategy) }
        removeAll()
        self.strategy = strategy
        // Best first: each goes to the bottom of the last group, or starts the next.
        for a in sorted {
            count += 1
            if groups.last?.salience == a.salience { groups[groups.count - 1].append(a) } else { groups.append(Group(a)) }
        }
    }

    /// The index of the group with `salience`, or where it would go. The group found last is
    /// tried first: most programs use one or two saliences, and the search was a fifth of an
    /// insertion.
    private func group(of salience: Int) -> Int {
        if recentGroup < groups.count, groups[recentGroup].salience == salience { return recentGroup }
        recentGroup = search(salience)
        return recentGroup
    }

    private func search(_ salience: Int) -> Int {
        var lo = 0, hi = groups.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if groups[mid].salience > salience { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
