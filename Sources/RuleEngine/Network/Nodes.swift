/// A test run inside the network, as the compiler makes it; nodes keep their tests as
/// `NetworkTests`. Reads `ctx.token` (left partial match) and `ctx.match` (right fact match).
enum NetworkTest: Sendable {
    case expression(Expression)
    /// `~?x` where `?x` is bound by an earlier pattern: common in join-heavy programs (sudoku),
    /// so it compares directly instead of through three closures.
    case differs(slot: Int, from: TokenLocation)
    /// `?a | ?b` where every alternative is bound by an earlier pattern (sudoku's rules are full
    /// of them): compared directly, without a closure per alternative.
    case equalsAny(slot: Int, of: [TokenLocation])

    init(expression: Expression) { self = .expression(expression) }
}

/// A node's tests as the network runs them. A `NetworkTest` holds a closure or a list, so
/// copying one out of its list, as running it did, counted references (and called a function
/// to do so) for every test of every candidate; a step is plain values, and refers to the
/// expressions and the alternatives' locations kept beside the steps.
struct NetworkTests: Sendable {
    private enum Step {
        case expression(Int)
        case differs(slot: Int, from: TokenLocation)
        case equalsAny(slot: Int, of: Range<Int>)
    }

    private let steps: [Step]
    private let expressions: [Expression]
    private let alternatives: [TokenLocation]

    init(_ tests: [NetworkTest]) {
        var expressions: [Expression] = [], alternatives: [TokenLocation] = []
        steps = tests.map { test in
            switch test {
            case .expression(let e):
                expressions.append(e)
                return .expression(expressions.count - 1)
            case .differs(let slot, let other):
                return .differs(slot: slot, from: other)
            case .equalsAny(let slot, let others):
                alternatives += others
                return .equalsAny(slot: slot, of: alternatives.count - others.count..<alternatives.count)
            }
        }
        self.expressions = expressions
        self.alternatives = alternatives
    }

    var isEmpty: Bool { steps.isEmpty }
    var count: Int { steps.count }
    var hasExpression: Bool { !expressions.isEmpty }

    func isExpression(_ i: Int) -> Bool {
        if case .expression = steps[i] { return true }
        return false
    }

    /// Whether test `i` passes for this partial match and fact match. An expression reads them
    /// from `ctx`, which the caller sets; the direct tests take them as arguments, which costs
    /// no reference counting. `ctx` is nil only where no test is an expression.
    @inline(__always) func passes(_ i: Int, _ ctx: Context?, token: BetaToken?, match: PatternMatch?) throws -> Bool {
        switch steps[i] {
        case .expression(let e): return try expressions[e](ctx!).isTrue
        case .differs(let slot, let other): return !token!.holds(other, equalTo: match!, slot: slot)
        case .equalsAny(let slot, let others):
            let value = match!.atom(slot)
            for k in others where token!.holds(alternatives[k], equalTo: value, of: match!, slot: slot) { return true }
            return false
        }
    }
}

/// A pattern's constant part: which template, and the tests that need no other pattern. Facts
/// enter the network here; matches are kept per session in the node's alpha memory.
final class AlphaNode: Sendable {
    let id: Int
    let template: Template
    /// Structural identity: two patterns with the same key share this node.
    let key: String
    /// The pattern's tests slot by slot: where it sits in CLIPS's tree of slot tests.
    let path: [String]
    let matcher: PatternMatcher

    init(id: Int, template: Template, key: String, path: [String], matcher: PatternMatcher) {
        self.id = id
        self.template = template
        self.key = key
        self.path = path
        self.matcher = matcher
    }
}

enum JoinKind: Sendable, Equatable {
    /// A positive pattern: one output token per consistent (left, right) pair.
    case positive
    /// `(not pattern)`: passes a left token while no right match is consistent with it.
    case negative
    /// `(exists pattern)`: passes a left token once while at least one right match is consistent.
    case exists
    /// `(not (and ...))`: the subnetwork ending at `end` feeds this node's counts.
    case negatedConjunction(end: Int)
    /// `(exists ...)` over several patterns.
    case existsConjunction(end: Int)
    /// A join with no pattern: rules whose left-hand side begins with a `test` or is empty.
    case empty
}

/// Part of the key under which rules share a join. Spelled out because interpolating an enum
/// with payloads goes through reflection, which was a tenth of compiling a rule.
extension JoinKind: CustomStringConvertible {
    var description: String {
        switch self {
        case .positive: "positive"
        case .negative: "negative"
        case .exists: "exists"
        case .negatedConjunction(let end): "negatedConjunction(end: \(end))"
        case .existsConjunction(let end): "existsConjunction(end: \(end))"
        case .empty: "empty"
        }
    }
}

/// A two-input node: partial matches from `parent` on the left, fact matches from `alpha` on the
/// right. The node is stateless; its memories live in the session.
final class JoinNode: Sendable {
    let id: Int
    let parent: Int?
    /// Token level of this join's output.
    let level: Int
    let alpha: Int?
    let kind: JoinKind
    /// Consistency tests between the left token and the right match, other than equalities.
    let tests: NetworkTests
    /// The equality tests, as the key each side computes: locations in the left token and value
    /// slots of the right match, pairwise.
    let leftKey: [TokenLocation]
    let rightKey: [Int]
    /// The parent's output memory keyed on `leftKey` (nil when the root feeds this join), and
    /// the alpha memory keyed on `rightKey`.
    let leftMemory: Int?
    let rightMemory: Int?
    /// `test` conditional elements placed before this join, evaluated on the left token alone.
    let leftTests: NetworkTests
    /// `test` conditional elements after the last pattern, evaluated on the output token.
    let postTests: NetworkTests
    /// Structural identity for sharing between rules.
    let key: String
    /// Whether a test before or at this join is an expression, which reads the partial match
    /// from the session's context; the direct tests take it as arguments.
    let testsReadContext: Bool

    init(id: Int, parent: Int?, level: Int, alpha: Int?, kind: JoinKind, tests: [NetworkTest], equalities: [JoinEquality],
         leftMemory: Int?, rightMemory: Int?, leftTests: [NetworkTest], postTests: [NetworkTest], key: String) {
        self.id = id
        self.parent = parent
        self.level = level
        self.alpha = alpha
        self.kind = kind
        self.tests = NetworkTests(tests)
        self.leftKey = equalities.map(\.left)
        self.rightKey = equalities.map(\.rightSlot)
        self.leftMemory = leftMemory
        self.rightMemory = rightMemory
        self.leftTests = NetworkTests(leftTests)
        self.postTests = NetworkTests(postTests)
        self.key = key
        testsReadContext = self.tests.hasExpression || self.leftTests.hasExpression
    }

    /// Whether `t` and `m` hold equal values for every equality test. Memories are hashed on a
    /// digest of these values, which values that differ can share.
    @inline(__always) func keysAgree(_ t: BetaToken, _ m: PatternMatch) -> Bool {
        for i in leftKey.indices where !t.holds(leftKey[i], equalTo: m, slot: rightKey[i]) {
            return false
        }
        return true
    }

    var isCounting: Bool {
        switch kind {
        case .negative, .exists, .negatedConjunction, .existsConjunction: return true
        case .positive, .empty: return false
        }
    }
}

/// Where a join's output goes.
enum Successor: Sendable, Equatable {
    case join(Int)
    /// The end of a rule: a complete match becomes an activation.
    case terminal(rule: Int, disjunct: Int)
    /// The end of a conjunction subnetwork reports to its counting node.
    case conjunctionEnd(owner: Int)
}
