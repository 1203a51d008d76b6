/// An entry of a node memory. Entries say themselves when they have left working memory, so a
/// memory can drop them lazily instead of searching for them.
protocol MemoryEntry: AnyObject {
    var isRemoved: Bool { get }
}

/// The entries of one memory that share a key, or a token's children, oldest first. The order
/// matters: it is the order in which a join meets its candidates, which decides the order
/// activations are made in (and, for children, the order dependent matches go), so a
/// removal cannot swap entries. A removed entry stays in place until removed entries are half
/// the bucket; then they are dropped together, which keeps removal amortised O(1). A value kept
/// inside its memory's dictionary and changed in place there. Most keys of a hashed memory have
/// a single entry, which is kept without an array: a key then costs no allocation of its own.
struct MemoryBucket<Entry: MemoryEntry> {
    private enum Storage {
        case one(Entry)
        case many([Entry])
    }
    private var storage = Storage.many([])
    /// 16 bits, which `Storage`'s spare byte leaves room for: the bucket then takes 12 bytes, and
    /// a token, which keeps its children in one, packs a flag behind it. A bucket is compacted
    /// at the latest when the count is full.
    private var removed: UInt16 = 0

    var entries: BucketEntries<Entry> {
        switch storage {
        case .one(let e): return BucketEntries(single: e, list: [])
        case .many(let list): return BucketEntries(single: nil, list: list)
        }
    }

    var isEmpty: Bool {
        if case .many(let list) = storage { return list.isEmpty }
        return false
    }

    private var count: Int {
        switch storage {
        case .one: return 1
        case .many(let list): return list.count
        }
    }

    mutating func append(_ e: Entry) {
        // Moved out, not copied: `list` is then the only reference to the array, which grows in
        // place without counting a reference to it.
        var taken = Storage.many([])
        swap(&taken, &storage)
        switch consume taken {
        case .one(let first):
            storage = .many([first, e])
        case .many(var list):
            if list.isEmpty { storage = .one(e); return }
            list.append(e)
            storage = .many(list)
        }
    }

    private mutating func keep(_ list: [Entry]) {
        storage = list.count == 1 ? .one(list[0]) : .many(list)
    }

    /// Records that one more entry was removed; true when no live entry is left (the bucket is
    /// then dropped whole, so it is not compacted).
    mutating func noteRemoved() -> Bool {
        removed += 1
        let n = count
        if Int(removed) == n { return true }
        guard Int(removed) * 2 >= n || removed == .max, case .many(var list) = storage else { return false }
        storage = .many([])  // leaves `list` the only reference, so it is compacted in place
        list.removeAllKeepingOrder { $0.isRemoved }
        keep(list)
        removed = 0
        return false
    }

    /// Takes `e` out at once, for an entry that cannot be marked removed (a shared one); true
    /// when no live entry is left.
    mutating func remove(_ e: Entry) -> Bool {
        keep(entries.array.filter { $0 !== e })
        return Int(removed) == count
    }

    /// The bucket with each live entry replaced by `transform`'s, in the same order.
    func mapped(_ transform: (Entry) -> Entry?) -> MemoryBucket {
        var out = MemoryBucket()
        out.keep(entries.array.compactMap { $0.isRemoved ? nil : transform($0) })
        return out
    }
}

/// A bucket's entries, read where they are instead of copied into an array. Not a collection:
/// indexing would test for the single entry at every step of the join loops.
struct BucketEntries<Entry: MemoryEntry> {
    let single: Entry?
    let list: [Entry]

    static var empty: BucketEntries { BucketEntries(single: nil, list: []) }

    var isEmpty: Bool { single == nil && list.isEmpty }
    var array: [Entry] { single.map { [$0] } ?? list }

    /// Oldest first.
    @inline(__always) func forEach(_ body: (Entry) throws -> Void) rethrows {
        if let single { try body(single) } else { for e in list { try body(e) } }
    }

    /// The oldest entry not removed that `predicate` accepts. Removed entries are skipped here,
    /// not in `predicate`: in sudoku half the candidates a `not` join scans were removed, and
    /// each cost a call of the predicate.
    @inline(__always) func firstLive(where predicate: (Entry) throws -> Bool) rethrows -> Entry? {
        if let single { return try !single.isRemoved && predicate(single) ? single : nil }
        for e in list where !e.isRemoved {
            if try predicate(e) { return e }
        }
        return nil
    }

    /// Newest first.
    @inline(__always) func forEachReversed(_ body: (Entry) throws -> Void) rethrows {
        if let single { try body(single) } else { for e in list.reversed() { try body(e) } }
    }
}

/// A node memory hashed on the values a join's equality tests compare. A memory whose key has no
/// values keeps every entry in one bucket, in order, without hashing: every node has one.
struct HashedMemory<Entry: MemoryEntry> {
    private var keyed = DigestTable<Entry>()
    private var unkeyed = MemoryBucket<Entry>()

    /// Every entry, removed ones included, in no particular order.
    func forEachEntry(_ body: (Entry) -> Void) {
        unkeyed.entries.forEach(body)
        for bucket in keyed.buckets { bucket.entries.forEach(body) }
    }

    /// The entries with `key`, oldest first; removed ones may still be among them.
    @inline(__always) func entries(_ key: JoinKey) -> BucketEntries<Entry> {
        guard case .digest(let d) = key else { return unkeyed.entries }
        return keyed.entries(d)
    }

    mutating func insert(_ e: Entry, _ key: JoinKey) {
        if case .digest(let d) = key { keyed.append(e, d) } else { unkeyed.append(e) }
    }

    /// Takes out an entry with `key` that stays unmarked: one of a shared working memory's,
    /// retracted by one session only.
    mutating func remove(_ e: Entry, _ key: JoinKey) {
        if case .digest(let d) = key {
            keyed.remove(e, d)
        } else if unkeyed.remove(e) {
            unkeyed = MemoryBucket()
        }
    }

    /// The memory with each live entry replaced by `transform`'s; entries it maps to nil go.
    /// Keys stay as they were, so `transform` must keep the values they were made from.
    func mapped(_ transform: (Entry) -> Entry?) -> HashedMemory {
        var out = HashedMemory()
        out.unkeyed = unkeyed.mapped(transform)
        for (digest, bucket) in keyed.contents {
            bucket.mapped(transform).entries.forEach { out.keyed.append($0, digest) }
        }
        return out
    }

    /// Called after an entry with `key` was marked removed.
    mutating func noteRemoved(_ key: JoinKey) {
        if case .digest(let d) = key {
            keyed.noteRemoved(d)
        } else if unkeyed.noteRemoved() {
            unkeyed = MemoryBucket()
        }
    }
}
