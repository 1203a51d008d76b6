/// The alpha nodes of one template, arranged so that a new fact visits only the nodes whose
/// constant test on one chosen slot it passes. Large rule bases have many patterns on one
/// template that differ in a constant (`(item (kind k5) ...)`); running every node's matcher on
/// every fact made each assertion cost the size of the rule base.
///
/// The visiting order is CLIPS's (`AlphaTree`), which decides the order of activations: each
/// node keeps its position in it, so the candidates come out in that order.
struct AlphaDispatch: Sendable {
    /// The single-field slot whose constants index the nodes: the first one the oldest node
    /// with a constant tested.
    private var slot: Int?
    /// Nodes that require a constant in `slot`, by that constant, with their positions, in order.
    private var byConstant: [Value: [(rank: Int, node: Int)]] = [:]
    /// The other nodes, with their positions, in order.
    private var others: [(rank: Int, node: Int)] = []

    init() {}

    /// Adds the newest node at position `rank` of the visiting order; `constants` are the
    /// single-field slots it requires a constant in.
    mutating func insert(_ node: Int, at rank: Int, constants: [(slot: Int, value: Value)]) {
        // Nodes come oldest first, so the first with a constant is the oldest.
        if slot == nil { slot = constants.first?.slot }
        for key in byConstant.keys { AlphaDispatch.makeRoom(at: rank, in: &byConstant[key]!) }
        AlphaDispatch.makeRoom(at: rank, in: &others)
        if let s = slot, let constant = constants.first(where: { $0.slot == s })?.value {
            AlphaDispatch.insert((rank, node), into: &byConstant[constant, default: []])
        } else {
            AlphaDispatch.insert((rank, node), into: &others)
        }
    }

    /// Moves the positions at or after `rank` one down, for a node placed there.
    private static func makeRoom(at rank: Int, in list: inout [(rank: Int, node: Int)]) {
        for i in list.indices.reversed() {
            guard list[i].rank >= rank else { return }
            list[i].rank += 1
        }
    }

    private static func insert(_ entry: (rank: Int, node: Int), into list: inout [(rank: Int, node: Int)]) {
        var i = list.count
        while i > 0 && list[i - 1].rank > entry.rank { i -= 1 }
        list.insert(entry, at: i)
    }

    /// The nodes `fact` may match, in visiting order.
    func candidates(for fact: Fact) -> [Int] {
        guard let s = slot, let keyed = byConstant[fact.slots[s]] else { return others.map(\.node) }
        guard !others.isEmpty else { return keyed.map(\.node) }
        var merged: [Int] = []
        merged.reserveCapacity(keyed.count + others.count)
        var i = 0, j = 0
        while i < keyed.count || j < others.count {
            if j == others.count || (i < keyed.count && keyed[i].rank < others[j].rank) {
                merged.append(keyed[i].node); i += 1
            } else {
                merged.append(others[j].node); j += 1
            }
        }
        return merged
    }
}
