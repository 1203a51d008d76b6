/// The facts one partial match logically supports. Most support exactly one, which is kept
/// without an array: an advisor conversation has many such tokens, and a daemon thousands of
/// conversations (10,000 resident took 28 MiB more with an array each).
enum SupportedFacts {
    case one(Fact)
    case many([Fact])

    var facts: [Fact] {
        switch self {
        case .one(let f): return [f]
        case .many(let list): return list
        }
    }

    mutating func append(_ fact: Fact) {
        switch self {
        case .one(let f): self = .many([f, fact])
        case .many(let list): self = .many(list + [fact])
        }
    }

    mutating func remove(_ fact: Fact) {
        self = .many(facts.filter { $0 !== fact })
    }
}
