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

    struct OutputMemory {
        let id: Int
        /// The memory's key: locations in a token, at these indices of `keyLocations`.
        let key: Range<Int>
    }

    static let none = JoinRoutes(successors: [], memories: [], specs: [])

    /// `memories` are ids of `specs`, the rule base's output memories.
    init(successors: [Successor], memories: [Int], specs: [MemorySpec<TokenLocation>]) {
        self.successors = successors
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
        joinRoutes[join] = JoinRoutes(successors: list, memories: joinRoutes[join].memoryIDs, specs: betaMemorySpecs)
    }

    mutating func changeMemories(of join: Int, _ change: (inout [Int]) -> Void) {
        var ids = joinRoutes[join].memoryIDs
        change(&ids)
        joinRoutes[join] = JoinRoutes(successors: joinRoutes[join].successors, memories: ids, specs: betaMemorySpecs)
    }
}
