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

/// The values one side of a join's equality tests compares, in test order, folded into one
/// digest. Memories are hashed on the digest alone (`DigestTable`): building a key never
/// allocates or counts references, whatever the number of values. Different values can share a
/// digest, so a join confirms each candidate with `JoinNode.keysAgree` before its other tests.
enum JoinKey {
    case none
    case digest(UInt64)

    /// The key of a fact match, from its value slots. Borrowing, because an initialiser's
    /// arguments are otherwise passed owned: every key would retain and release both.
    init(_ match: borrowing PatternMatch, slots: borrowing [Int]) {
        if slots.isEmpty { self = .none; return }
        var digest = JoinDigest()
        for i in slots.indices { digest.add(match.atom(slots[i])) { match.value(slots[i]) } }
        self = .digest(digest.value)
    }

    /// The key of a partial match, from values of its earlier levels.
    init(_ token: borrowing BetaToken, locations: borrowing [TokenLocation]) {
        self.init(token, locations: locations, locations.indices)
    }

    /// The key of a partial match, from the locations at `range` of `locations`. Inlined as far
    /// as the test for no values: every join's first memory is unkeyed, and in Manners three
    /// keys in four are computed for it.
    @inline(__always)
    init(_ token: borrowing BetaToken, locations: borrowing [TokenLocation], _ range: Range<Int>) {
        self = range.isEmpty ? .none : .digest(Self.digest(token, locations: locations, range))
    }

    @inline(never)
    private static func digest(_ token: borrowing BetaToken, locations: borrowing [TokenLocation], _ range: Range<Int>) -> UInt64 {
        var digest = JoinDigest()
        for i in range {
            let l = locations[i]
            digest.add(token.atom(level: l.level, index: l.index)) { token.value(level: l.level, index: l.index) }
        }
        return digest.value
    }
}

/// Folds values into 64 bits; values that are equal (`==`) always fold alike.
struct JoinDigest {
    private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

    mutating func add(_ v: Value) { mix(Self.bits(of: v)) }

    /// The same as adding the value `atom` was made from, which `value` gives for a string or
    /// multifield only.
    @inline(__always) mutating func add(_ atom: Atom, value: () -> Value) {
        mix(atom.isIndirect ? Self.bits(of: value()) : Self.bits(of: atom))
    }

    @inline(__always) private mutating func mix(_ bits: UInt64) {
        value = (value ^ bits) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 32
    }

    /// Strings and multifields by their hash, the rest as their atoms.
    static func bits(of v: Value) -> UInt64 {
        switch v {
        case .string(let s): return UInt64(bitPattern: Int64(s.hashValue))
        case .multifield(let fields): return UInt64(bitPattern: Int64(fields.hashValue))
        default: return bits(of: Atom(v))
        }
    }

    /// Each kind of value offset by its own constant, so that a symbol and an integer with the
    /// same payload rarely meet in one bucket.
    @inline(__always) private static func bits(of atom: Atom) -> UInt64 {
        switch atom.kind {
        case .symbol: return atom.bits
        case .integer: return atom.bits &+ 0x5851_F42D_4C95_7F2D
        case .float: return atom.bits &+ 0x1405_7B7E_F767_814F
        case .fact: return atom.bits &+ 0x2545_F491_4F6C_DD1D
        case .string, .multifield: return 0
        }
    }
}
