// Properties marked `@exclusivity(unchecked)` are read and written in the join network's
// innermost loops, never while another access to them is open, so they skip dynamic checks.

/// One way a fact matches one pattern: the fact and the values the pattern's variables took.
/// A fact can match a pattern several ways when multifield variables split it differently.
public final class PatternMatch {
    public let fact: Fact
    let matcher: PatternMatcher
    /// Where splitting the fact's multislots put the values after the fixed slots; the matcher
    /// reads them from the fact.
    let bounds: SplitBounds
    /// Tokens built on this match, so retracting the fact finds them without a search. A
    /// shared match keeps its prototype's; each fork keeps its own in `sharedMatchTokens`.
    @exclusivity(unchecked) private(set) var tokens: [BetaToken] = []
    /// The partial matches this match blocks at single-pattern `not` and `exists` joins, in the
    /// order it came to block them; deleted tokens may be among them. A shared match keeps its
    /// prototype's; each fork keeps its own in `sharedMatchBlocks`.
    @exclusivity(unchecked) private(set) var blocked: [BlockedToken] = []
    /// Set when the fact is retracted and the match leaves its alpha memories.
    @exclusivity(unchecked) var isRemoved = false
    /// A match of a shared fact (`Fact.isShared`), kept here too because making a token reads
    /// it and the match is at hand there, the fact one step further.
    @exclusivity(unchecked) var isShared = false

    init(fact: Fact, matcher: PatternMatcher, bounds: SplitBounds) {
        self.fact = fact
        self.matcher = matcher
        self.bounds = bounds
    }

    /// The value a pattern variable at `index` took.
    @inline(__always) func value(_ index: Int) -> Value {
        let fixed = matcher.fixedSlots
        return index < fixed ? fact.slots[index] : matcher.extra(index - fixed, bounds, of: fact)
    }

    /// The value at `index` as an atom, read without copying the value.
    @inline(__always) func atom(_ index: Int) -> Atom {
        let position = matcher.atomPositions[index]
        return position >= 0 ? fact.atoms[position] : matcher.extraAtom(index - matcher.fixedSlots, bounds, of: fact)
    }

    func addToken(_ t: BetaToken) { tokens.appendDroppingDeleted(t) { $0 } }

    func addBlocked(_ b: BlockedToken) { blocked.appendDroppingDeleted(b) { $0.token } }

    /// Drops the tokens built on this match and those it blocks.
    func releaseTokens() {
        tokens = []
        blocked = []
    }
}

/// A partial match that a right match blocks at a `not` or `exists` join.
struct BlockedToken {
    let token: BetaToken
    let node: Int
}

extension PatternMatch: MemoryEntry {}

extension Array {
    /// Appends to a list of the tokens built on matches (`token` finds the token in an
    /// element). Tokens deleted for other reasons (their left parent went) stay in the list;
    /// they are dropped whenever the array is full, so a long-lived fact's list does not grow
    /// without bound. When that frees less than half the room the list grows as well: a list
    /// that stayed full would be scanned again at every append.
    @inline(__always) mutating func appendDroppingDeleted(_ e: Element, token: (Element) -> BetaToken) {
        if count == capacity {
            removeAllKeepingOrder { token($0).isDeleted }
            if count * 2 > capacity { reserveCapacity(capacity * 2) }
        }
        append(e)
    }
}

/// A partial match: a chain of pattern matches, one per level of the join network. Tokens point
/// at their parent instead of copying it, so extending a match costs one small allocation.
/// A daemon holds thousands of sessions of hundreds of tokens each, so the fields are ordered
/// for packing, narrow fields side by side: a token is 96 bytes, exactly a block of jemalloc's
/// 96-byte size class (unpacked it would take 112).
public final class BetaToken {
    /// Counted by hand, so that freeing a token releases its parent once: for a stored
    /// reference, the compiler's deinit unwinds the chain itself (a retain, a uniqueness test
    /// and two releases per token freed), which only a chain thousands long would need; a
    /// token's is as long as its rule's conditions.
    private let parentReference: Unmanaged<BetaToken>?
    public var parent: BetaToken? { parentReference?.takeUnretainedValue() }
    /// Nil at levels of negated or existential conditions, which match no single fact.
    public let match: PatternMatch?
    private let storedLevel: Int32
    private let storedNode: Int32
    /// In creation order, which is the order dependent matches are removed in. Deleted children
    /// stay until they are half the list (see `childDeleted`). A bucket keeps a single child
    /// without an array; it takes 12 bytes, and the two flags pack behind it.
    @exclusivity(unchecked) private var childList = MemoryBucket<BetaToken>()
    @exclusivity(unchecked) var isDeleted = false
    /// Whether facts hold only while this partial match holds (truth maintenance); the session
    /// keeps which (`Session.supportedFacts`), since few tokens support any.
    @exclusivity(unchecked) var supportsFacts = false
    /// Activations waiting on the agenda for this match, oldest first: one per rule whose last
    /// join is this token's, since rules with the same conditions share every join. A list
    /// through the activations (`Activation.nextOnToken`): most tokens have none or one, and an
    /// array would cost an allocation for each.
    @exclusivity(unchecked) private var firstActivation: Activation?
    /// The digest of this token's key in its join's first keyed memory (the second memory:
    /// the first holds every token unkeyed), kept from when it was stored there so deleting
    /// the token need not read its values again; meaningless if the join has no keyed memory.
    @exclusivity(unchecked) var keyDigest: UInt64 = 0
    /// Per counting join fed by this token: consistent right matches, and whether the join has
    /// taken this token in yet (a conjunction subnetwork can report before it does).
    @exclusivity(unchecked) var counts = JoinCounts()
    /// Order of creation in the session, for a join's tokens in order where no memory keeps
    /// them all (`Session.tokens(of:)`).
    let sequence: UInt64

    init(parent: BetaToken?, match: PatternMatch?, node: Int, sequence: UInt64) {
        self.sequence = sequence
        parentReference = parent.map { Unmanaged.passRetained($0) }
        self.match = match
        storedNode = Int32(node)
        storedLevel = (parent?.storedLevel ?? -1) + 1
    }

    deinit { parentReference?.release() }

    var level: Int { Int(storedLevel) }
    /// The join whose output memory holds this token.
    var node: Int { Int(storedNode) }

    /// Deleted children may still be among them.
    var children: BucketEntries<BetaToken> { childList.entries }

    func addChild(_ c: BetaToken) { childList.append(c) }

    /// Whether any activation or child token (deleted ones included) hangs on this token.
    var hasDependents: Bool { hasActivations || !childList.isEmpty }

    var hasActivations: Bool { firstActivation != nil }

    func addActivation(_ a: Activation) {
        guard var last = firstActivation else { firstActivation = a; return }
        while let next = last.nextOnToken { last = next }
        last.nextOnToken = a
    }

    func detachActivation(_ a: Activation) {
        if firstActivation === a {
            firstActivation = a.nextOnToken.take()
            return
        }
        var previous = firstActivation
        while let p = previous, p.nextOnToken !== a { previous = p.nextOnToken }
        previous?.nextOnToken = a.nextOnToken.take()
    }

    /// Takes this token's oldest activation of `rule` off it, if it has one, handing over the
    /// reference the token held. A token has one activation per terminal successor of its
    /// join; a rule whose disjuncts share every join (`(or (a ?x) (a ?x))`) has two such
    /// successors, and each takes one.
    func takeActivation(of rule: Int) -> Activation? {
        if firstActivation?.rule == rule {
            let a = firstActivation.take().unsafelyUnwrapped
            firstActivation = a.nextOnToken.take()
            return a
        }
        var previous = firstActivation
        while let p = previous, let n = p.nextOnToken {
            if n.rule == rule {
                p.nextOnToken = n.nextOnToken.take()
                return n
            }
            previous = n
        }
        return nil
    }

    /// Calls `body` with each activation, oldest first; `body` may detach the one it is given.
    func forEachActivation(_ body: (Activation) -> Void) {
        var next = firstActivation
        while let a = next {
            next = a.nextOnToken
            body(a)
        }
    }

    func hasActivation(of rule: Int) -> Bool {
        var next = firstActivation
        while let a = next {
            if a.rule == rule { return true }
            next = a.nextOnToken
        }
        return false
    }

    /// Records that a child was deleted while this token lives; drops deleted children once they
    /// are half the list, so deletion is amortised O(1) without disturbing the order.
    func childDeleted() {
        if childList.noteRemoved() { childList = MemoryBucket() }
    }

    func removeAllChildren() { childList = MemoryBucket() }

    /// Tells the parent, unless it was deleted too, that this token was deleted; the parent is
    /// read through the reference this token holds, without counting another.
    func leaveParent() {
        parentReference?._withUnsafeGuaranteedRef { if !$0.isDeleted { $0.childDeleted() } }
    }

    /// The token at `level` on the chain from the root to this one.
    @inline(__always) func ancestor(atLevel target: Int) -> BetaToken {
        // Walking up needs no reference counting: `self` keeps its whole chain alive.
        unowned(unsafe) var t = self
        while t.level > target { t = t.parentReference.unsafelyUnwrapped.takeUnretainedValue() }
        return t
    }

    /// Read through an unretained reference: the join loops read values for every candidate,
    /// and `self` keeps the whole chain, and each match in it, alive.
    @inline(__always) func value(level: Int, index: Int) -> Value {
        Unmanaged.passUnretained(ancestor(atLevel: level))._withUnsafeGuaranteedRef { $0.match.unsafelyUnwrapped.value(index) }
    }

    @inline(__always) func atom(level: Int, index: Int) -> Atom {
        Unmanaged.passUnretained(ancestor(atLevel: level))._withUnsafeGuaranteedRef { $0.match.unsafelyUnwrapped.atom(index) }
    }

    /// Whether the value at `location` in this partial match equals `m`'s value at `slot`: the
    /// equality of join tests and keys.
    @inline(__always) func holds(_ location: TokenLocation, equalTo m: PatternMatch, slot: Int) -> Bool {
        holds(location, equalTo: m.atom(slot), of: m, slot: slot)
    }

    /// `holds` where the caller has read `m`'s atom at `slot` already, for several locations.
    @inline(__always) func holds(_ location: TokenLocation, equalTo b: Atom, of m: PatternMatch, slot: Int) -> Bool {
        let a = atom(level: location.level, index: location.index)
        guard a.kind == b.kind else { return false }
        return a.isIndirect ? holdsValue(location, equalTo: m, slot: slot) : a.bits == b.bits
    }

    /// `holds` for strings and multifields, out of line: they are rare in join tests.
    @inline(never) private func holdsValue(_ location: TokenLocation, equalTo m: PatternMatch, slot: Int) -> Bool {
        value(level: location.level, index: location.index) == m.value(slot)
    }

    /// The facts matched along the chain, first pattern first; nil for negated levels.
    var facts: [Fact?] {
        var out = [Fact?](filledWith: nil, count: level)
        var t = self
        while t.level > 0 {
            out[t.level - 1] = t.match?.fact
            t = t.parent!
        }
        return out
    }
}

extension BetaToken: MemoryEntry {
    var isRemoved: Bool { isDeleted }
}
