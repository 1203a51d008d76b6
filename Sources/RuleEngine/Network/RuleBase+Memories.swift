/// The shape of one hashed memory: the node whose entries it holds and which of their values
/// form the key (value slots of an alpha node's matches, or locations in a join's tokens).
struct MemorySpec<Part: Hashable & Sendable>: Sendable {
    let node: Int
    let key: [Part]
}

/// Each node's entries are kept once per distinct key that joins reading them need; joins with
/// the same key share a memory. A node's first memory has no key: it holds every entry in order,
/// for joins without equality tests and for priming successors added later. A join keeps it
/// only while a successor reads it (`JoinRoutes.keepsAllTokens`).
extension RuleBase {
    mutating func addAlphaMemories() {
        alphaMemoryIDs.append([])
        _ = alphaMemory(of: alphaMemoryIDs.count - 1, keyedOn: [])
    }

    /// A new join's routes: no successor yet, and its unkeyed memory.
    mutating func addJoinRoutes() {
        joinRoutes.append(.none)
        _ = betaMemory(of: joinRoutes.count - 1, keyedOn: [])
    }

    /// The memory of alpha node `alpha` keyed on `slots`, made if no join needed it before.
    mutating func alphaMemory(of alpha: Int, keyedOn slots: [Int]) -> Int {
        if let id = alphaMemoryIDs[alpha].first(where: { alphaMemorySpecs[$0].key == slots }) { return id }
        alphaMemorySpecs.append(MemorySpec(node: alpha, key: slots))
        alphaMemoryIDs[alpha].append(alphaMemorySpecs.count - 1)
        return alphaMemorySpecs.count - 1
    }

    /// The memory of join `join`'s output keyed on `locations`, made if none matches.
    mutating func betaMemory(of join: Int, keyedOn locations: [TokenLocation]) -> Int {
        if let id = joinRoutes[join].memoryIDs.first(where: { betaMemorySpecs[$0].key == locations }) { return id }
        betaMemorySpecs.append(MemorySpec(node: join, key: locations))
        let id = betaMemorySpecs.count - 1
        changeMemories(of: join) { $0.append(id) }
        return id
    }
}
