/// The alpha nodes of one template, arranged so that a new fact visits only the nodes whose
/// constant test on one chosen slot it passes. Large rule bases have many patterns on one
/// template that differ in a constant (`(item (kind k5) ...)`); running every node's matcher on
/// every fact made each assertion cost the size of the rule base.
///
/// The visiting order is CLIPS's (`RuleBase.placeAlphaNode`), which decides the order of
/// activations: the dispatch is rebuilt from it whenever a node is placed, and each node keeps
/// its position in it, so the candidates come out in that order.
struct AlphaDispatch: Sendable {
    /// The single-field slot whose constants index the nodes: the first one the oldest node
    /// with a constant tested.
    private var slot: Int?
    /// Nodes that require a constant in `slot`, by that constant, with their positions, in order.
    private var byConstant: [Value: [(rank: Int, node: Int)]] = [:]
    /// The other nodes, with their positions, in order.
    private var others: [(rank: Int, node: Int)] = []

    init() {}

    /// `order` is the template's nodes in visiting order.
    init(order: [Int], matchers nodes: [AlphaNode]) {
        let oldestWithConstant = order.filter { !nodes[$0].matcher.constantSlots.isEmpty }.min()
        slot = oldestWithConstant.flatMap { nodes[$0].matcher.constantSlots.first?.slot }
        for (rank, n) in order.enumerated() {
            if let s = slot, let constant = nodes[n].matcher.constantSlots.first(where: { $0.slot == s })?.value {
                byConstant[constant, default: []].append((rank, n))
            } else {
                others.append((rank, n))
            }
        }
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
