/// A token's counts of consistent right matches, per counting join it feeds, and whether that
/// join has taken the token in yet. A token feeds few counting joins, so a short list searched
/// linearly is cheaper than a dictionary, which would be allocated for every such token.
struct JoinCounts {
    private var entries: [(node: Int, count: Int, seen: Bool)] = []

    subscript(node: Int) -> (count: Int, seen: Bool)? {
        get {
            for e in entries where e.node == node { return (e.count, e.seen) }
            return nil
        }
        set {
            let i = entries.firstIndex { $0.node == node }
            switch (i, newValue) {
            case let (i?, v?): entries[i] = (node, v.count, v.seen)
            case let (i?, nil): entries.remove(at: i)
            case let (nil, v?): entries.append((node, v.count, v.seen))
            case (nil, nil): break
            }
        }
    }
}
