/// The keyed buckets of a `HashedMemory`: an open-addressing table on key digests, each slot
/// holding its digest and its bucket side by side, probed linearly. A join looks a bucket up
/// for every token and match it meets; in Swift's `Dictionary` that read three arrays (the
/// occupancy bitmap, the keys, the values), here one slot.
struct DigestTable<Entry: MemoryEntry> {
    private struct Slot {
        var digest: UInt64
        /// Empty exactly when the slot is free: a bucket leaves the table when its last live
        /// entry goes.
        var bucket: MemoryBucket<Entry>
    }

    /// A power of two long, or empty before the first insertion.
    private var slots: [Slot] = []
    private(set) var count = 0

    var buckets: some Sequence<MemoryBucket<Entry>> { slots.lazy.filter { !$0.bucket.isEmpty }.map(\.bucket) }

    /// Digests and buckets, for copying a table with its buckets changed.
    var contents: some Sequence<(digest: UInt64, bucket: MemoryBucket<Entry>)> {
        slots.lazy.filter { !$0.bucket.isEmpty }.map { ($0.digest, $0.bucket) }
    }

    /// The slot holding `digest`, or nil.
    @inline(__always) private func index(of digest: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: digest) & mask
        while !slots[i].bucket.isEmpty {
            if slots[i].digest == digest { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    @inline(__always) func entries(_ digest: UInt64) -> BucketEntries<Entry> {
        guard let i = index(of: digest) else { return .empty }
        return slots[i].bucket.entries
    }

    mutating func append(_ e: Entry, _ digest: UInt64) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: digest) & mask
        while !slots[i].bucket.isEmpty {
            if slots[i].digest == digest { slots[i].bucket.append(e); return }
            i = (i + 1) & mask
        }
        slots[i].digest = digest
        slots[i].bucket.append(e)
        count += 1
    }

    /// Records that an entry with `digest` was marked removed, dropping its bucket once no
    /// live entry is left in it.
    mutating func noteRemoved(_ digest: UInt64) {
        guard let i = index(of: digest) else { return }
        if slots[i].bucket.noteRemoved() { free(i) }
    }

    /// Takes `e` out at once (see `MemoryBucket.remove`).
    mutating func remove(_ e: Entry, _ digest: UInt64) {
        guard let i = index(of: digest) else { return }
        if slots[i].bucket.remove(e) { free(i) }
    }

    /// Empties slot `i` and moves later slots of its probe run back over the hole, so that
    /// every digest stays reachable from its home slot without tombstones.
    private mutating func free(_ i: Int) {
        slots[i].bucket = MemoryBucket()
        let mask = slots.count - 1
        var hole = i
        var j = (i + 1) & mask
        while !slots[j].bucket.isEmpty {
            let home = Int(truncatingIfNeeded: slots[j].digest) & mask
            // Slot j may move to the hole unless its home lies cyclically in (hole, j].
            let reachable = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j)
            if !reachable {
                slots.swapAt(hole, j)
                hole = j
            }
            j = (j + 1) & mask
        }
        count -= 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(digest: 0, bucket: MemoryBucket()), count: max(8, old.count * 2))
        count = 0
        let mask = slots.count - 1
        for slot in old where !slot.bucket.isEmpty {
            var i = Int(truncatingIfNeeded: slot.digest) & mask
            while !slots[i].bucket.isEmpty { i = (i + 1) & mask }
            slots[i] = slot
            count += 1
        }
    }
}
