/// Resolves variable names while compiling an expression. Each place an expression can run —
/// a right-hand side or function body, an alpha test, a join test — reads variables from a
/// different spot, so each has its own scope.
final class VariableScope {
    enum Location {
        /// A slot of the context's frame (right-hand sides, function bodies).
        case frame(Int)
        /// A value matched at a token level; `current` when that level is the match under test.
        case token(level: Int, index: Int)
        case fact(level: Int)
    }

    private var names: [String: Location] = [:]
    /// The level whose values come from `ctx.match` rather than the token chain.
    let currentLevel: Int?
    /// Whether `bind` may create new locals in this scope.
    let allowsNewLocals: Bool
    private(set) var frameSize: Int
    /// Set when an expression read a variable from an earlier level: such a test belongs in a
    /// join, not the alpha network.
    var usedEarlierLevel = false

    init(currentLevel: Int? = nil, allowsNewLocals: Bool = false, frameSize: Int = 0) {
        self.currentLevel = currentLevel
        self.allowsNewLocals = allowsNewLocals
        self.frameSize = frameSize
    }

    func define(_ name: String, _ location: Location) { names[name] = location }

    func lookup(_ name: String) -> Location? { names[name] }

    var allNames: [String: Location] { names }

    /// A scope for a deeper level that sees every variable bound so far.
    func nested(currentLevel: Int?) -> VariableScope {
        let s = VariableScope(currentLevel: currentLevel)
        s.names = names
        return s
    }

    /// A canonical spelling of `e` with variables replaced by where they are bound, so that
    /// tests written with different variable names can share a network node.
    func canonical(_ e: SExpr) -> String {
        switch e.kind {
        case .list(let items): return "(" + items.map(canonical).joined(separator: " ") + ")"
        case .atom(let a):
            switch a {
            case .variable(let n), .multiVariable(let n):
                switch names[n] {
                case .token(let l, let i)?: return l == currentLevel ? "#\(i)" : "@\(l).\(i)"
                case .fact(let l)?: return "@f\(l)"
                case .frame(let i)?: return "%\(i)"
                case nil: return "?" + n
                }
            case .string(let s): return s.debugDescription
            case .symbol(let s): return s
            case .integer(let i): return "\(i)"
            case .float(let d): return "\(d)f"
            case .globalVariable(let g): return "?*\(g)*"
            default: return "\(a)"
            }
        }
    }

    /// A new frame slot for `name` (a `bind` target or a query variable).
    func allocate(_ name: String) -> Int {
        let slot = frameSize
        frameSize += 1
        names[name] = .frame(slot)
        return slot
    }

    /// Where `name` is read from in this scope, or nil when it is not bound.
    func source(for name: String) -> ValueSource? {
        guard let loc = names[name] else { return nil }
        switch loc {
        case .frame(let i):
            return .frame(i)
        case .token(let level, let index):
            if level == currentLevel { return .match(index: index) }
            usedEarlierLevel = true
            return .token(level: level, index: index)
        case .fact(let level):
            if level == currentLevel { return .matchFact }
            usedEarlierLevel = true
            return .tokenFact(level: level)
        }
    }

    func expression(for name: String) -> Expression? {
        source(for: name).map { source in Expression { ctx in source.value(ctx) } }
    }
}
