/// Why a fact exists, all the way down: the rule that asserted it and, recursively, the
/// derivations of the facts that rule matched.
public struct Derivation: Sendable {
    public let fact: Fact
    public let origin: FactOrigin
    public let premises: [Derivation]

    /// Follows origins down to top-level and deffacts facts. A fact that is its own ancestor
    /// (possible after modify loops) is cut off rather than followed forever.
    public init(of fact: Fact, visiting seen: Set<Int> = []) {
        self.fact = fact
        self.origin = fact.origin
        if case .rule(_, let matched) = fact.origin, !seen.contains(fact.index) {
            let next = seen.union([fact.index])
            premises = matched.map { Derivation(of: $0, visiting: next) }
        } else {
            premises = []
        }
    }

    /// An indented outline, one fact per line, for people and tests.
    public var outline: String { lines(depth: 0).joined(separator: "\n") }

    private func lines(depth: Int) -> [String] {
        let pad = String(repeating: "  ", count: depth)
        let how: String
        switch origin {
        case .topLevel: how = "asserted directly"
        case .deffacts(let d): how = "from deffacts \(d.name)"
        case .rule(let r, _): how = "by rule \(r.name)"
        }
        return ["\(pad)f-\(fact.index) \(fact.displayText) \(how)"] + premises.flatMap { $0.lines(depth: depth + 1) }
    }
}

extension Session {
    public func derivation(of fact: Fact) -> Derivation { Derivation(of: fact) }
}
