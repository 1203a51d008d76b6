/// One way a fact matches one pattern: the fact and the values the pattern's variables took.
/// A fact can match a pattern several ways when multifield variables split it differently.
public final class PatternMatch {
    public let fact: Fact
    public let values: [Value]
    /// Tokens built on this match, so retracting the fact finds them without a search.
    var tokens: [BetaToken] = []

    init(fact: Fact, values: [Value]) {
        self.fact = fact
        self.values = values
    }
}

/// A partial match: a chain of pattern matches, one per level of the join network. Tokens point
/// at their parent instead of copying it, so extending a match costs one small allocation.
public final class BetaToken {
    public let parent: BetaToken?
    /// Nil at levels of negated or existential conditions, which match no single fact.
    public let match: PatternMatch?
    let level: Int
    /// The join whose output memory holds this token.
    let node: Int
    var children: [BetaToken] = []
    /// Activations waiting on the agenda for this match: one per rule whose last join is this
    /// token's, since rules with the same conditions share every join.
    var activations: [Activation] = []
    /// Facts that hold only while this partial match holds (truth maintenance).
    var supportedFacts: [Fact] = []
    var isDeleted = false
    /// Per counting join fed by this token: consistent right matches, and whether the join has
    /// taken this token in yet (a conjunction subnetwork can report before it does).
    var counts: [Int: (count: Int, seen: Bool)] = [:]

    init(parent: BetaToken?, match: PatternMatch?, node: Int) {
        self.parent = parent
        self.match = match
        self.node = node
        self.level = (parent?.level ?? -1) + 1
    }

    /// The token at `level` on the chain from the root to this one.
    @inline(__always) func ancestor(atLevel target: Int) -> BetaToken {
        var t = self
        while t.level > target { t = t.parent! }
        return t
    }

    @inline(__always) func value(level: Int, index: Int) -> Value {
        ancestor(atLevel: level).match!.values[index]
    }

    /// The facts matched along the chain, first pattern first; nil for negated levels.
    var facts: [Fact?] {
        var out: [Fact?] = []
        var t: BetaToken? = self
        while let tok = t, tok.level > 0 {
            out.append(tok.match?.fact)
            t = tok.parent
        }
        return out.reversed()
    }
}
