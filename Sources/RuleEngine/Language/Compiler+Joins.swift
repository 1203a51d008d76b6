/// Where a conjunction's joins ended up.
struct JoinChain {
    var lastJoin: Int?
    var level: Int
    var specificity: Int
    /// Each newly shared-or-created join, `true` when it was new: the `+j`/`=j` of CLIPS's
    /// compilation trace.
    var trace: [Bool]
}

extension Compiler {
    /// Lays a flat list of conditional elements onto the network below `parent`.
    func compileChain(_ elements: [ConditionalElement], parent: Int?, level: Int, scope: VariableScope,
                      logicalCount: Int = 0, logicalLevel: inout Int?) throws -> JoinChain {
        var chain = JoinChain(lastJoin: parent, level: level, specificity: 0, trace: [])
        var pending: [SExpr] = []
        let lastJoining = elements.lastIndex { if case .test = $0 { return false } else { return true } }
        var firstJoin = true

        func tests(_ forms: [SExpr], at level: Int) throws -> ([NetworkTest], String) {
            let s = scope.nested(currentLevel: nil)
            let exprs = try forms.map { try compile($0, s) }
            chain.specificity += forms.reduce(0) { $0 + $1.specificityOfCall }
            return (exprs.map { NetworkTest(expression: $0) }, forms.map { s.canonical($0) }.joined(separator: " "))
        }

        for (i, ce) in elements.enumerated() {
            if case .test(let e) = ce {
                pending.append(e)
                continue
            }
            if firstJoin && !pending.isEmpty {
                let (lt, key) = try tests(pending, at: chain.level)
                pending = []
                chain.level += 1
                chain.lastJoin = join(parent: chain.lastJoin, alpha: nil, kind: .empty, tests: [], equalities: [], leftTests: lt, postTests: [], key: "test " + key, &chain)
            }
            firstJoin = false
            let (left, leftKey) = try tests(pending, at: chain.level)
            pending = []
            var post: [NetworkTest] = []
            var postKey = ""
            if i == lastJoining {
                let trailing = elements[(i + 1)...].compactMap { e -> SExpr? in if case .test(let x) = e { return x } else { return nil } }
                // Trailing tests read this element's own bindings, so they are compiled after it.
                pending = trailing
            }
            let level = chain.level + 1
            let inner = scope.nested(currentLevel: level)
            var alpha: Int?
            var kind: JoinKind
            var tests: [NetworkTest] = []
            var equalities: [JoinEquality] = []
            var key = ""
            switch try Compiler.shape(of: ce) {
            case .positive(let p, let factVariable):
                let cp = try compilePattern(p, level: level, scope: inner)
                alpha = cp.alpha; kind = .positive; tests = cp.joinTests; equalities = cp.equalities; key = cp.joinKey
                chain.specificity += cp.specificity
                for (n, loc) in inner.allNames where scope.lookup(n) == nil { scope.define(n, loc) }
                if let fv = factVariable { scope.define(fv, .fact(level: level)) }
            case .counted(let p, let negated):
                let cp = try compilePattern(p, level: level, scope: inner)
                alpha = cp.alpha; tests = cp.joinTests; equalities = cp.equalities; key = cp.joinKey
                chain.specificity += cp.specificity
                kind = negated ? .negative : .exists
            case .conjunction(let list, let negated):
                var ignored: Int?
                let subChain = try compileChain(list, parent: chain.lastJoin, level: chain.level,
                                                scope: scope.nested(currentLevel: nil), logicalLevel: &ignored)
                chain.trace += subChain.trace
                chain.specificity += subChain.specificity
                let end = subChain.lastJoin!
                kind = negated ? .negatedConjunction(end: end) : .existsConjunction(end: end)
                key = "ncc\(end)"
            }
            if !pending.isEmpty {
                let s = scope.nested(currentLevel: nil)
                let exprs = try pending.map { try compile($0, s) }
                chain.specificity += pending.reduce(0) { $0 + $1.specificityOfCall }
                post = exprs.map { NetworkTest(expression: $0) }
                postKey = pending.map { s.canonical($0) }.joined(separator: " ")
                pending = []
            }
            chain.level = level
            chain.lastJoin = join(parent: chain.lastJoin, alpha: alpha, kind: kind, tests: tests, equalities: equalities, leftTests: left,
                                  postTests: post, key: "\(kind) \(alpha ?? -1) \(key) <\(leftKey)> >\(postKey)", &chain)
            switch kind {
            case .negatedConjunction(let end), .existsConjunction(let end):
                ruleBase.changeSuccessors(of: end) { $0.insert(.conjunctionEnd(owner: chain.lastJoin!), at: 0) }
            default: break
            }
            if i < logicalCount { logicalLevel = level }
        }
        if firstJoin {
            // Only tests, or nothing at all: one join with no pattern, fed by the root.
            let (lt, key) = try tests(pending, at: chain.level)
            chain.level += 1
            chain.lastJoin = join(parent: chain.lastJoin, alpha: nil, kind: .empty, tests: [], equalities: [], leftTests: lt, postTests: [], key: "test " + key, &chain)
        }
        return chain
    }

    /// Finds a join with the same parent and key, or makes one. CLIPS's compilation trace does
    /// not show the reuse of the join that starts every rule with an empty left-hand side.
    private func join(parent: Int?, alpha: Int?, kind: JoinKind, tests: [NetworkTest], equalities: [JoinEquality],
                      leftTests: [NetworkTest], postTests: [NetworkTest], key: String, _ chain: inout JoinChain) -> Int {
        var startsEmptyRule = false
        if case .empty = kind, parent == nil, leftTests.isEmpty { startsEmptyRule = true }
        let fullKey = "\(parent ?? -1)|" + key
        if let existing = ruleBase.joinByKey[fullKey] {
            if !startsEmptyRule { chain.trace.append(false) }
            return existing
        }
        let id = ruleBase.joins.count
        let leftMemory = parent.map { ruleBase.betaMemory(of: $0, keyedOn: equalities.map(\.left)) }
        let rightMemory = alpha.map { ruleBase.alphaMemory(of: $0, keyedOn: equalities.map(\.rightSlot)) }
        ruleBase.joins.append(JoinNode(id: id, parent: parent, level: parent.map { ruleBase.joins[$0].level + 1 } ?? 1, alpha: alpha, kind: kind, tests: tests,
                                       equalities: equalities, leftMemory: leftMemory, rightMemory: rightMemory,
                                       leftTests: leftTests, postTests: postTests, key: fullKey))
        ruleBase.joinByKey[fullKey] = id
        ruleBase.addJoinRoutes()
        switch kind {
        case .negatedConjunction(let end), .existsConjunction(let end):
            // The counting node must see a left token after its subnetwork has, so it goes
            // after the subnetwork's first join in the parent's successor list.
            let firstSub = firstJoin(of: end, below: parent)
            var list = ruleBase.successors(of: parent)
            let at = (list.firstIndex(of: .join(firstSub)) ?? -1) + 1
            list.insert(.join(id), at: at)
            if let p = parent { ruleBase.changeSuccessors(of: p) { $0 = list } } else { ruleBase.rootSuccessors = list }
        default:
            ruleBase.addSuccessor(.join(id), to: parent)
        }
        if let a = alpha { ruleBase.alphaSuccessors[a].insert(id, at: 0) }
        chain.trace.append(true)
        return id
    }

    /// The join directly below `parent` on the path up from `end`.
    private func firstJoin(of end: Int, below parent: Int?) -> Int {
        var j = end
        while let p = ruleBase.joins[j].parent, p != parent { j = p }
        return j
    }

    enum Shape {
        case positive(SExpr, factVariable: String?)
        /// `not` or `exists` over one pattern: a counting join.
        case counted(SExpr, negated: Bool)
        /// `not` or `exists` over several elements: a subnetwork and a counting join.
        case conjunction([ConditionalElement], negated: Bool)
    }

    static func shape(of ce: ConditionalElement) throws -> Shape {
        switch ce {
        case .pattern(let p, let fv): return .positive(p, factVariable: fv)
        case .not(.pattern(let p, _)): return .counted(p, negated: true)
        // CLIPS reads `(not (not X))` as `(exists X)` and builds the same joins.
        case .not(.not(.and(let parts))): return try shape(of: .exists(parts))
        case .not(.not(let inner)): return try shape(of: .exists([inner]))
        case .not(.and(let parts)): return .conjunction(parts, negated: true)
        case .not(let inner): return .conjunction([inner], negated: true)
        case .exists(let parts):
            if parts.count == 1, case .pattern(let p, _) = parts[0] { return .counted(p, negated: false) }
            return .conjunction(parts, negated: false)
        default:
            throw EngineError("unexpected conditional element in a conjunction")
        }
    }
}
