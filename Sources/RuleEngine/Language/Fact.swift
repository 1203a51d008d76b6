/// Why a fact exists: the record that `how` and `why` read and that truth maintenance follows.
public enum FactOrigin: @unchecked Sendable {
    /// Asserted at the top level or by code outside any rule.
    case topLevel
    /// Asserted by `(reset)` from a `deffacts`.
    case deffacts(Symbol)
    /// Asserted by the right-hand side of a rule, from these matched facts.
    case rule(name: Symbol, matched: [Fact])
}

/// One fact in working memory. Facts are reference types so tokens and fact addresses can point
/// at them; a retracted fact keeps its contents. Whether a fact is still in working memory is the
/// session's to say (`Session.contains`): a fact of a shared initial working memory is in every
/// session forked from it until that session retracts it.
public final class Fact: Hashable, @unchecked Sendable {
    public let index: Int
    public let template: Template
    /// Never changed once made (`modify` makes a new fact), so reading it needs no exclusivity
    /// check: the join network reads slots in its innermost loops.
    public let slots: [Value]
    /// What the join network compares instead of the values: an atom per slot, or for an
    /// ordered fact, per field of its one multifield.
    let atoms: [Atom]
    // The network reads and writes the rest while asserting and retracting, never while another
    // access to them is open, so they skip dynamic exclusivity checks too.
    /// Set when retracted from the session that made it; a shared fact never changes.
    @exclusivity(unchecked) var isRetracted = false
    /// Part of a `SharedWorkingMemory`: read by sessions on several threads, so nothing
    /// about it (nor its matches) may change; sessions keep what they change elsewhere.
    @exclusivity(unchecked) var isShared = false
    public internal(set) var origin: FactOrigin
    /// Logical support: the partial matches whose removal retracts this fact. Empty with
    /// `isUnconditional` false never happens for a live fact.
    @exclusivity(unchecked) var support: [BetaToken] = []
    @exclusivity(unchecked) var isUnconditional = true
    /// Every way this fact matched a pattern, for retraction.
    @exclusivity(unchecked) var matches: [(alpha: Int, match: PatternMatch)] = []
    /// The hash of its contents, kept for finding it again among the facts by content.
    let contentHash: Int

    init(index: Int, template: Template, slots: [Value], origin: FactOrigin, contentHash: Int) {
        self.index = index
        self.template = template
        self.slots = slots
        atoms = (template.isImplied ? slots[0].fields : slots).map(Atom.init)
        self.origin = origin
        self.contentHash = contentHash
    }

    public static func == (a: Fact, b: Fact) -> Bool { a === b }
    public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }

    /// The ordered fact's fields, or the named slot's value.
    public func value(ofSlot name: Symbol) -> Value? {
        template.slotIndex(name).map { slots[$0] }
    }

    /// `(name field...)` for ordered facts, `(name (slot value)...)` for template facts.
    public var displayText: String {
        var out = "(" + template.name.name
        if template.isImplied {
            for v in slots[0].fields { out += " " + v.displayText }
        } else {
            for (def, v) in zip(template.slots, slots) {
                out += " (" + def.name.name
                if def.isMultifield {
                    for f in v.fields { out += " " + f.displayText }
                } else {
                    out += " " + v.displayText
                }
                out += ")"
            }
        }
        return out + ")"
    }
}
