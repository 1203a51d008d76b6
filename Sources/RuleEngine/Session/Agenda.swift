/// The activations of one module, in the strategy's order (`Activation.precedes`).
///
/// As in CLIPS, activations of equal salience form a group, and each group is a doubly linked
/// list threaded through the activations themselves. Groups are kept highest salience first;
/// programs use few distinct saliences, so finding one is cheap. An activation leaves its list in
/// O(1) wherever it is, which matters because a `modify` takes back most activations before they
/// fire, and Manners keeps thousands waiting. A new activation is placed by comparing it with the
/// top of its group, then the bottom, then walking down: under depth (the default) it goes
/// straight to the top, under breadth straight to the bottom, so both take O(1); the other
/// strategies walk their group, as CLIPS does. Every strategy's order is total (ties go to the
/// creation sequence), so the lists hold exactly the order a full sort would give.
///
/// A class, so that an activation can point at its agenda and leave it without a lookup by
/// module.
final class Agenda {
    private struct Group {
        let salience: Int
        var top: Activation
        /// Kept alive by the list from `top`.
        unowned(unsafe) var bottom: Activation
    }

    /// Only this class's short methods touch these, so they skip dynamic exclusivity checks.
    /// Highest salience first; a group goes when its last activation does.
    @exclusivity(unchecked) private var groups: [Group] = []
    @exclusivity(unchecked) private var strategy: Strategy
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

    func insert(_ a: Activation) {
        count += 1
        let g = group(of: a.salience)
        guard g < groups.count, groups[g].salience == a.salience else {
            groups.insert(Group(salience: a.salience, top: a, bottom: a), at: g)
            return
        }
        // The group's list keeps its activations alive while `a` is placed, so the walk reads
        // them unretained: reference counting was most of the cost of an insertion.
        let top = Unmanaged.passUnretained(groups[g].top)
        if places(a, above: top) {
            a.next = top.takeUnretainedValue()
            top._withUnsafeGuaranteedRef { $0.previous = a }
            groups[g].top = a
            return
        }
        let bottom = Unmanaged.passUnretained(groups[g].bottom)
        if !places(a, above: bottom) {
            bottom._withUnsafeGuaranteedRef { $0.next = a }
            a.previous = bottom.takeUnretainedValue()
            groups[g].bottom = a
            return
        }
        // Somewhere strictly between the two ends: `top` does not follow `a`, `bottom` does.
        var below = Unmanaged.passUnretained(top._withUnsafeGuaranteedRef { $0.next.unsafelyUnwrapped })
        while !places(a, above: below) { below = Unmanaged.passUnretained(below._withUnsafeGuaranteedRef { $0.next.unsafelyUnwrapped }) }
        below._withUnsafeGuaranteedRef { below in
            unowned(unsafe) let above = below.previous.unsafelyUnwrapped
            above.next = a
            a.previous = above
            a.next = below
            below.previous = a
        }
    }

    /// Whether `a` goes above `b` under the strategy, `b` read without counting a reference.
    @inline(__always) private func places(_ a: Activation, above b: Unmanaged<Activation>) -> Bool {
        b._withUnsafeGuaranteedRef { a.precedes($0, strategy) }
    }

    func remove(_ a: Activation) {
        let g = group(of: a.salience)
        guard g < groups.count, groups[g].salience == a.salience,
              a.previous != nil || a.next != nil || groups[g].top === a else { return }
        count -= 1
        // `next` is moved out of `a`, not copied, and `previous` is kept alive by its own list.
        let next = a.next.take()
        unowned(unsafe) let previous = a.previous
        a.previous = nil
        switch (previous, next) {
        case (nil, nil): groups.remove(at: g)
        case (nil, let n?): n.previous = nil; groups[g].top = n
        case (let p?, nil): p.next = nil; groups[g].bottom = p
        case (let p?, let n?): n.previous = p; p.next = n
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

    /// Re-sorts after a strategy change.
    func reorder(_ strategy: Strategy) {
        let sorted = items.sorted { $0.precedes($1, strategy) }
        removeAll()
        self.strategy = strategy
        // Best first, so each goes to the bottom of its group at once.
        for a in sorted { insert(a) }
    }

    /// The index of the group with `salience`, or where it would go.
    private func group(of salience: Int) -> Int {
        var lo = 0, hi = groups.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if groups[mid].salience > salience { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
