/// Where a value of an earlier pattern sits in a partial match: the token level and the index in
/// that level's match values.
struct TokenLocation: Hashable, Sendable {
    let level: Int
    let index: Int
}

/// A join's test that a value of the new pattern equals a value of an earlier one. These tests
/// are not run as closures: both sides compute the compared values as a key, and memories are
/// hashed on it, so a join only meets the entries that can pass.
struct JoinEquality: Sendable {
    let left: TokenLocation
    let rightSlot: Int
}

/// The values one side of a join's equality tests compares, in test order. Most joins compare
/// at most two values, so those cases allocate nothing.
enum JoinKey: Hashable {
    case none
    case one(Value)
    case two(Value, Value)
    case many([Value])

    /// The values alone: a memory's keys all have the same arity, so the case adds nothing.
    func hash(into hasher: inout Hasher) {
        switch self {
        case .none: break
        case .one(let a): a.hash(into: &hasher)
        case .two(let a, let b):
            a.hash(into: &hasher)
            b.hash(into: &hasher)
        case .many(let values): for v in values { v.hash(into: &hasher) }
        }
    }

    /// The key of a fact match, from its value slots.
    init(_ match: PatternMatch, slots: [Int]) {
        switch slots.count {
        case 0: self = .none
        case 1: self = .one(match.value(slots[0]))
        case 2: self = .two(match.value(slots[0]), match.value(slots[1]))
        default: self = .many(slots.map { match.value($0) })
        }
    }

    /// The key of a partial match, from values of its earlier levels.
    init(_ token: BetaToken, locations: [TokenLocation]) {
        switch locations.count {
        case 0: self = .none
        case 1: self = .one(token.value(level: locations[0].level, index: locations[0].index))
        case 2: self = .two(token.value(level: locations[0].level, index: locations[0].index),
                            token.value(level: locations[1].level, index: locations[1].index))
        default: self = .many(locations.map { token.value(level: $0.level, index: $0.index) })
        }
    }
}
