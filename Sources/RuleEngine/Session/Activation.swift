/// A rule whose conditions are all met by one partial match, waiting on the agenda.
public final class Activation {
    let rule: Int
    let disjunct: Int
    let token: BetaToken
    /// The agenda of the rule's module, which holds this activation until it fires or goes.
    /// Not counted: a session keeps every agenda it makes for its whole life and only the
    /// session reads this, so counting references to it on each of the thousands of
    /// activations a run makes would buy nothing.
    let agenda: Unmanaged<Agenda>
    /// The neighbours in the agenda's list of this salience, worse below; nil at either end and
    /// off the agenda. Only the agenda touches them, so they skip dynamic exclusivity checks.
    @exclusivity(unchecked) var next: Activation?
    /// Not counted: the neighbour's `next` keeps it alive. `Unmanaged` rather than
    /// `unowned(unsafe)`, which the compiler still retained on every read.
    @exclusivity(unchecked) var previous: Unmanaged<Activation>?
    /// The next activation of the same token (`BetaToken.addActivation`).
    @exclusivity(unchecked) var nextOnToken: Activation?
    /// Changed only by dynamic salience, which then re-sorts the agenda. Read on every agenda
    /// insertion and removal, so it skips dynamic exclusivity checks.
    @exclusivity(unchecked) public internal(set) var salience: Int
    /// Order of creation; later activations are more recent.
    let sequence: Int
    let specificity: Int
    /// Fact indices of the match, most recent first, for the lex and mea strategies; worked out
    /// only when one of them compares it, since most activations leave without being compared so.
    private(set) lazy var recency: [Int] = token.facts.compactMap { $0?.index }.sorted(by: >)
    /// The index of the fact matching the first pattern, or -1, for the mea strategy.
    private(set) lazy var firstRecency: Int = token.ancestor(atLevel: 1).match?.fact.index ?? -1
    /// The random strategy's order, drawn the first time it is needed, as CLIPS draws one per
    /// activation.
    private(set) lazy var randomKey = UInt64.random(in: .min ... .max)

    init(rule: Int, disjunct: Int, token: BetaToken, agenda: Unmanaged<Agenda>, salience: Int, sequence: Int, specificity: Int) {
        self.rule = rule
        self.disjunct = disjunct
        self.token = token
        self.agenda = agenda
        self.salience = salience
        self.sequence = sequence
        self.specificity = specificity
    }
}

/// Conflict-resolution strategies, as `set-strategy` names them.
public enum Strategy: String, Sendable, CaseIterable {
    case depth, breadth, lex, mea, simplicity, complexity, random
}

extension Activation {
    /// Whether `self` belongs above `other` on the agenda under `strategy`.
    func precedes(_ other: Activation, _ strategy: Strategy) -> Bool {
        if salience != other.salience { return salience > other.salience }
        switch strategy {
        case .depth: return sequence > other.sequence
        case .random: return randomKey != other.randomKey ? randomKey > other.randomKey : sequence > other.sequence
        case .breadth: return sequence < other.sequence
        case .lex:
            if let c = Activation.compareRecency(recency, other.recency) { return c }
            return specificity != other.specificity ? specificity > other.specificity : sequence > other.sequence
        case .mea:
            if firstRecency != other.firstRecency { return firstRecency > other.firstRecency }
            if let c = Activation.compareRecency(recency, other.recency) { return c }
            return specificity != other.specificity ? specificity > other.specificity : sequence > other.sequence
        // CLIPS places a new activation below those of equal specificity, so ties go oldest first.
        case .simplicity:
            return specificity != other.specificity ? specificity < other.specificity : sequence < other.sequence
        case .complexity:
            return specificity != other.specificity ? specificity > other.specificity : sequence < other.sequence
        }
    }

    /// Lexicographic comparison of recency lists; nil when equal.
    static func compareRecency(_ a: [Int], _ b: [Int]) -> Bool? {
        for (x, y) in zip(a, b) where x != y { return x > y }
        if a.count != b.count { return a.count > b.count }
        return nil
    }
}
