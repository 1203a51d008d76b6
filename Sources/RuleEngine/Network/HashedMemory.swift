/// An entry of a node memory. Entries say themselves when they have left working memory, so a
/// memory can drop them lazily instead of searching for them.
protocol MemoryEntry: AnyObject {
    var isRemoved: Bool { get }
}

/// The entries of one memory that share a key, oldest first. The order matters: it is the order
/// in which a join meets its candidates, which decides the order activations are made in, so a
/// removal cannot swap entries. A removed entry stays in place until removed entries are half
/// the bucket; then they are dropped together, which keeps removal amortised O(1).
final class MemoryBucket<Entry: MemoryEntry> {
    // Only this class's short methods touch these, so they skip dynamic exclusivity checks.
    @exclusivity(unchecked) private(set) var entries: [Entry] = []
    @exclusivity(unchecked) private var removed = 0

    init() {}

    func append(_ e: Entry) { entries.append(e) }

    /// Records that one more entry was removed; true when no live entry is left (the bucket is
    /// then dropped whole, so it is not compacted).
    func noteRemoved() -> Bool {
        removed += 1
        if removed == entries.count { return true }
        guard removed * 2 >= entries.count else { return false }
        entries.removeAll { $0.isRemoved }
        removed = 0
        return entries.isEmpty
    }
}

/// A node memory hashed on the values a join's equality tests compare. A memory whose key has no
/// values keeps every entry in one bucket, in order, without hashing: every node has one.
struct HashedMemory<Entry: MemoryEntry> {
    private var buckets: [JoinKey: MemoryBucket<Entry>] = [:]
    private var unkeyed: MemoryBucket<Entry>?

    /// Every entry, removed ones included, in no particular order.
    func forEachEntry(_ body: (Entry) -> Void) {
        unkeyed?.entries.forEach(body)
        for bucket in buckets.values { bucket.entries.forEach(body) }
    }

    /// The entries with `key`, oldest first; removed ones may still be among them.
    func entries(_ key: JoinKey) -> [Entry] {
        if case .none = key { return unkeyed?.entries ?? [] }
        return buckets[key]?.entries ?? []
    }

    mutating func insert(_ e: Entry, _ key: JoinKey) {
        if case .none = key {
            if unkeyed == nil { unkeyed = MemoryBucket() }
            unkeyed!.append(e)
        } else {
            // Through the defaulting subscript, so a new key is hashed once, not twice.
            HashedMemory.append(e, to: &buckets[key, default: MemoryBucket()])
        }
    }

    private static func append(_ e: Entry, to bucket: inout MemoryBucket<Entry>) { bucket.append(e) }

    /// Called after an entry with `key` was marked removed.
    mutating func noteRemoved(_ key: JoinKey) {
        if case .none = key {
            if unkeyed?.noteRemoved() == true { unkeyed = nil }
        } else if buckets[key]?.noteRemoved() == true {
            buckets[key] = nil
        }
    }
}
