/// An entry of a node memory. Entries say themselves when they have left working memory, so a
/// memory can drop them lazily instead of searching for them.
protocol MemoryEntry: AnyObject {
    var isRemoved: Bool { get }
}

/// The entries of one memory that share a key, oldest first. The order matters: it is the order
/// in which a join meets its candidates, which decides the order activations are made in, so a
/// removal cannot swap entries. A removed entry stays in place until removed entries are half
/// the bucket; then they are dropped together, which keeps removal amortised O(1). A value kept
/// inside its memory's dictionary and changed in place there, so a key costs one allocation.
struct MemoryBucket<Entry: MemoryEntry> {
    private(set) var entries: [Entry] = []
    private var removed = 0

    mutating func append(_ e: Entry) { entries.append(e) }

    /// Records that one more entry was removed; true when no live entry is left (the bucket is
    /// then dropped whole, so it is not compacted).
    mutating func noteRemoved() -> Bool {
        removed += 1
        if removed == entries.count { return true }
        guard removed * 2 >= entries.count else { return false }
        entries.removeAll { $0.isRemoved }
        removed = 0
        return entries.isEmpty
    }

    /// Takes `e` out at once, for an entry that cannot be marked removed (a shared one); true
    /// when no live entry is left.
    mutating func remove(_ e: Entry) -> Bool {
        entries.removeAll { $0 === e }
        return removed == entries.count
    }

    /// The bucket with each live entry replaced by `transform`'s, in the same order.
    func mapped(_ transform: (Entry) -> Entry?) -> MemoryBucket {
        var out = MemoryBucket()
        out.entries = entries.compactMap { $0.isRemoved ? nil : transform($0) }
        return out
    }
}

/// A node memory hashed on the values a join's equality tests compare. A memory whose key has no
/// values keeps every entry in one bucket, in order, without hashing: every node has one.
struct HashedMemory<Entry: MemoryEntry> {
    private var buckets: [JoinKey: MemoryBucket<Entry>] = [:]
    private var unkeyed = MemoryBucket<Entry>()

    /// Every entry, removed ones included, in no particular order.
    func forEachEntry(_ body: (Entry) -> Void) {
        unkeyed.entries.forEach(body)
        for bucket in buckets.values { bucket.entries.forEach(body) }
    }

    /// The entries with `key`, oldest first; removed ones may still be among them.
    func entries(_ key: JoinKey) -> [Entry] {
        if case .none = key { return unkeyed.entries }
        return buckets[key]?.entries ?? []
    }

    mutating func insert(_ e: Entry, _ key: JoinKey) {
        if case .none = key {
            unkeyed.append(e)
        } else {
            // Through the defaulting subscript, so a new key is hashed once and the bucket is
            // changed in place.
            buckets[key, default: MemoryBucket()].append(e)
        }
    }

    /// Takes out an entry with `key` that stays unmarked: one of a shared working memory's,
    /// retracted by one session only.
    mutating func remove(_ e: Entry, _ key: JoinKey) {
        if case .none = key {
            if unkeyed.remove(e) { unkeyed = MemoryBucket() }
        } else if buckets[key]?.remove(e) == true {
            buckets[key] = nil
        }
    }

    /// The memory with each live entry replaced by `transform`'s; entries it maps to nil go.
    /// Keys stay as they were, so `transform` must keep the values they were made from.
    func mapped(_ transform: (Entry) -> Entry?) -> HashedMemory {
        var out = HashedMemory()
        out.unkeyed = unkeyed.mapped(transform)
        for (key, bucket) in buckets {
            let b = bucket.mapped(transform)
            if !b.entries.isEmpty { out.buckets[key] = b }
        }
        return out
    }

    /// Called after an entry with `key` was marked removed.
    mutating func noteRemoved(_ key: JoinKey) {
        if case .none = key {
            if unkeyed.noteRemoved() { unkeyed = MemoryBucket() }
        } else if buckets[key]?.noteRemoved() == true {
            buckets[key] = nil
        }
    }
}
