/// The alpha nodes of one template, arranged so that a new fact visits only the nodes whose
/// constant test on one chosen slot it passes. Large rule bases have many patterns on one
/// template that differ in a constant (`(item (kind k5) ...)`); running every node's matcher on
/// every fact made each assertion cost the size of the rule base.
struct AlphaDispatch: Sendable {
    /// The single-field slot whose constants index the nodes: the first one a node tested.
    private var slot: Int?
    /// Nodes that require a constant in `slot`, by that constant, oldest first.
    private var byConstant: [Value: [Int]] = [:]
    /// The other nodes, oldest first.
    private var others: [Int] = []

    mutating func add(_ node: Int, _ matcher: PatternMatcher) {
        if slot == nil { slot = matcher.constantSlots.first?.slot }
        if let s = slot, let constant = matcher.constantSlots.first(where: { $0.slot == s })?.value {
            byConstant[constant, default: []].append(node)
        } else {
            others.append(node)
        }
    }

    /// The nodes `fact` may match, oldest first. Nodes are visited newest first, as they always
    /// have been: the order decides the order of activations.
    func candidates(for fact: Fact) -> [Int] {
        guard let s = slot, let keyed = byConstant[fact.slots[s]] else { return others }
        guard !others.isEmpty else { return keyed }
        var merged: [Int] = []
        merged.reserveCapacity(keyed.count + others.count)
        var i = 0, j = 0
        while i < keyed.count || j < others.count {
            if j == others.count || (i < keyed.count && keyed[i] < others[j]) {
                merged.append(keyed[i]); i += 1
            } else {
                merged.append(others[j]); j += 1
            }
        }
        return merged
    }
}
