/// Where one join's output goes: the joins and rules it feeds, and the memories that keep its
/// tokens with the key of each. Immutable, and replaced whole when compiling changes it. Making
/// and deleting a token reads all of it: as lists nested in the rule base's arrays, each list
/// read was a reference counted (three per token in sudoku); through this object it is one,
/// since lists held by an object's constants are read in place.
final class JoinRoutes: Sendable {
    /// Newest first.
    let successors: [Successor]
    /// The unkeyed memory first, then one per key a successor needs.
    let memories: [OutputMemory]
    /// Each memory's key locations, one memory's after another's (`OutputMemory.key`), so the
    /// lists hold only plain values.
    let keyLocations: [TokenLocation]
    /// Whether the unkeyed memory is kept: only while a successor reads it (a join with no
    /// equality test). Otherwise it stays empty, and the join's tokens in order, which adding
    /// rules and `refresh` need, are found under its parent's (`Session.tokens(of:)`): keeping
    /// every token there was 7% of Manners' instructions.
    let keepsAllTokens: Bool

    struct OutputMemory {
        let id: Int
        /// The memory's key: locations in a token, at these indices of `keyLocations`.
        let key: Range<Int>
    }

    static let none = JoinRoutes(successors: [], memories: [], specs: [], keepsAllTokens: false)

    /// `memories` are ids of `specs`, the rule base's output memories.
    init(successors: [Successor], memories: [Int], specs: [MemorySpec<TokenLocation>], keepsAllTokens: Bool) {
        self.successors = successors
        self.keepsAllTokens = keepsAllTokens
        var locations: [TokenLocation] = []
        self.memories = memories.map { id in
            let start = locations.count
            locations += specs[id].key
            return OutputMemory(id: id, key: start..<locations.count)
        }
        keyLocations = locations
    }

    var memoryIDs: [Int] { memories.map(\.id) }
}

extension RuleBase {
    /// The memory that holds every token of `join`, unkeyed and in order.
    func unkeyedMemory(of join: Int) -> Int { joinRoutes[join].memories[0].id }

    mutating func changeSuccessors(of join: Int, _ change: (inout [Successor]) -> Void) {
        var list = joinRoutes[join].successors
        change(&list)
        joinRoutes[join] = routes(successors: list, memories: joinRoutes[join].memoryIDs)
    }

    mutating func changeMemories(of join: Int, _ change: (inout [Int]) -> Void) {
        var ids = joinRoutes[join].memoryIDs
        change(&ids)
        joinRoutes[join] = routes(successors: joinRoutes[join].successors, memories: ids)
    }

    private func routes(successors: [Successor], memories: [Int]) -> JoinRoutes {
        let read = successors.contains { s in
            if case .join(let k) = s { return joins[k].leftMemory == memories.first }
            return false
        }
        return JoinRoutes(successors: successors, memories: memories, specs: betaMemorySpecs, keepsAllTokens: read)
    }
}
