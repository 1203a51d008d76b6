/// Propagation of facts and partial matches through the join network.
extension Session {
    /// The left tokens whose key digest is `m`'s for `node`'s equality tests, oldest first;
    /// `keysAgree` tells those that agree.
    func leftTokens(_ node: JoinNode, _ m: PatternMatch) -> BucketEntries<BetaToken> {
        guard let memory = node.leftMemory else { return rootTokens }
        return betaMemories[memory].entries(JoinKey(m, slots: node.rightKey))
    }

    /// The matches whose key digest is `t`'s for `node`'s equality tests, oldest first;
    /// `keysAgree` tells those that agree. `stored` is `t`'s key in the memory it was just
    /// stored in, which is the one `node` reads when `node` is what that memory was made for.
    func rightMatches(_ node: JoinNode, _ t: BetaToken, stored: StoredKey? = nil) -> BucketEntries<PatternMatch> {
        let key = stored.flatMap { $0.memory == node.leftMemory ? $0.key : nil } ?? JoinKey(t, locations: node.leftKey)
        return alphaMemories[node.rightMemory!].entries(key)
    }

    /// Expression tests set the context's partial match for each candidate and leave it; the
    /// functions that run them put back what was there (a firing rule's) once, on the way out.
    /// Joins whose tests are all direct (most of sudoku's) leave the context alone.
    @inline(__always) private func restoringContext<R>(if needed: Bool = true, _ body: () throws -> R) rethrows -> R {
        guard needed else { return try body() }
        let ctx = context
        let savedToken = ctx.token, savedMatch = ctx.match
        defer { ctx.token = savedToken; ctx.match = savedMatch }
        return try body()
    }

    /// Only inside `restoringContext` when `tests` has an expression: the context's partial
    /// match is set only for expression tests, the only ones that read it.
    @inline(__always) private func passAll(_ tests: NetworkTests, token: BetaToken?, match: PatternMatch?) throws -> Bool {
        var ctx: Context?
        for i in 0..<tests.count {
            if ctx == nil, tests.isExpression(i) {
                ctx = context
                ctx!.token = token
                ctx!.match = match
            }
            guard try tests.passes(i, ctx, token: token, match: match) else { return false }
        }
        return true
    }

    /// The root token reaches every join fed directly by the root, in CLIPS's order.
    func activateRoot() {
        for s in ruleBase.rootSuccessorsInVisitingOrder { try? dispatch(s, root) }
    }

    /// Join `j`, lent without counting a reference to it (one per token made, in `dispatch`):
    /// the rule base holds every join the session runs, and compiling only ever adds joins
    /// while the network runs.
    @inline(__always) func withJoin<R>(_ j: Int, _ body: (JoinNode) throws -> R) rethrows -> R {
        try Unmanaged.passUnretained(ruleBase.joins[j])._withUnsafeGuaranteedRef(body)
    }

    /// Join `j`'s routes, lent as `withJoin` lends the join: making and deleting a token read
    /// them, and counting a reference each time was 2.5% of Manners.
    @inline(__always) func withRoutes<R>(_ j: Int, _ body: (JoinRoutes) throws -> R) rethrows -> R {
        try Unmanaged.passUnretained(ruleBase.joinRoutes[j])._withUnsafeGuaranteedRef(body)
    }

    func dispatch(_ s: Successor, _ token: BetaToken, stored: StoredKey? = nil) throws {
        switch s {
        case .join(let j): try withJoin(j) { try leftActivate($0, token, stored: stored) }
        case .terminal(let r, let d): activate(rule: r, disjunct: d, token: token)
        case .conjunctionEnd(let owner): try conjunctionResult(ruleBase.joins[owner], token, delta: 1)
        }
    }

    func leftActivate(_ node: JoinNode, _ t: BetaToken, stored: StoredKey? = nil) throws {
        try restoringContext(if: node.testsReadContext) { try leftActivateTested(node, t, stored: stored) }
    }

    private func leftActivateTested(_ node: JoinNode, _ t: BetaToken, stored: StoredKey?) throws {
        guard try passAll(node.leftTests, token: t, match: nil) else { return }
        switch node.kind {
        case .empty:
            try emit(node, t, nil)
        case .positive:
            try rightMatches(node, t, stored: stored).forEach { m in
                if try !m.isRemoved && node.keysAgree(t, m) && passAll(node.tests, token: t, match: m) { try emit(node, t, m) }
            }
        case .negative, .exists:
            let blocker = try firstConsistentMatch(node, t, stored: stored)
            if let blocker { block(t, at: node, by: blocker) } else { t.counts.setBlocked(node.id, false) }
            if (blocker == nil) == (node.kind == .negative) { try emit(node, t, nil) }
        case .negatedConjunction, .existsConjunction:
            let n = t.counts[node.id]?.count ?? 0
            t.counts.set(node.id, count: n, seen: true)
            if (n == 0) == (node.kind.isNegated) { try emit(node, t, nil) }
        }
    }

    /// A new match for a pattern meets the partial matches waiting on the left.
    func rightActivate(_ node: JoinNode, _ m: PatternMatch) throws {
        try restoringContext(if: node.testsReadContext) { try rightActivateTested(node, m) }
    }

    private func rightActivateTested(_ node: JoinNode, _ m: PatternMatch) throws {
        try leftTokens(node, m).forEachReversed { t in
            // A token already blocked stays so whatever another match says: no need to test it.
            guard !t.isDeleted, !node.isCounting || !t.counts.isBlocked(at: node.id), node.keysAgree(t, m),
                  try passAll(node.leftTests, token: t, match: nil),
                  try passAll(node.tests, token: t, match: m) else { return }
            switch node.kind {
            case .positive:
                try emit(node, t, m)
            case .negative, .exists:
                block(t, at: node, by: m)
                if node.kind == .negative { removeOutput(node, t) } else { try emit(node, t, nil) }
            default:
                break
            }
        }
    }

    /// A match leaves a pattern (its fact was retracted and it left its memories): each token it
    /// blocked looks for another blocker, and is unblocked if none is left. The most recently
    /// blocked go first, which decides the order of the activations this makes, as in CLIPS.
    func unblock(_ m: PatternMatch) throws {
        for b in blocked(by: m).reversed() where !b.token.isDeleted {
            let node = ruleBase.joins[b.node]
            let blocker = try restoringContext(if: node.testsReadContext) { try firstConsistentMatch(node, b.token) }
            if let blocker {
                block(b.token, at: node, by: blocker)
            } else {
                b.token.counts.setBlocked(node.id, false)
                if node.kind == .negative { try emit(node, b.token, nil) } else { removeOutput(node, b.token) }
            }
        }
    }

    /// A single pattern's `not` or `exists` needs a right match consistent with `t`, not how many
    /// are: the scan stops at the first (counting them all was three quarters of the join tests
    /// in sudoku's stress run), which becomes the token's blocker.
    private func firstConsistentMatch(_ node: JoinNode, _ t: BetaToken, stored: StoredKey? = nil) throws -> PatternMatch? {
        try rightMatches(node, t, stored: stored).firstLive { m in
            try node.keysAgree(t, m) && passAll(node.tests, token: t, match: m)
        }
    }

    private func block(_ t: BetaToken, at node: JoinNode, by m: PatternMatch) {
        t.counts.setBlocked(node.id, true)
        let entry = BlockedToken(token: t, node: node.id)
        if m.isShared {
            sharedMatchBlocks.appendDroppingDeleted((ObjectIdentifier(m), entry)) { $0.blocked.token }
        } else {
            m.addBlocked(entry)
        }
    }

    /// The tokens `m` blocks in this session, in the order it came to block them.
    func blocked(by m: PatternMatch) -> [BlockedToken] {
        guard m.isShared else { return m.blocked }
        let id = ObjectIdentifier(m)
        return sharedMatchBlocks.compactMap { $0.match == id ? $0.blocked : nil }
    }

    /// A conjunction subnetwork gained (+1) or lost (-1) a match under one left token.
    func conjunctionResult(_ owner: JoinNode, _ s: BetaToken, delta: Int) throws {
        let t = s.ancestor(atLevel: owner.level - 1)
        guard !t.isDeleted else { return }
        let old = t.counts[owner.id] ?? (0, false)
        let n = old.count + delta
        t.counts.set(owner.id, count: n, seen: old.seen)
        guard old.seen else { return }
        let negated = owner.kind.isNegated
        if delta > 0 && n == 1 {
            if negated { removeOutput(owner, t) } else { try emit(owner, t, nil) }
        } else if delta < 0 && n == 0 {
            if negated { try emit(owner, t, nil) } else { removeOutput(owner, t) }
        }
    }

    func emit(_ node: JoinNode, _ parent: BetaToken, _ m: PatternMatch?) throws {
        tokenSequence += 1
        let token = BetaToken(parent: parent, match: m, node: node.id, sequence: tokenSequence)
        guard try node.postTests.isEmpty || restoringContext({ try passAll(node.postTests, token: token, match: nil) }) else { return }
        try withRoutes(node.id) { routes in try store(token, under: parent, on: m, routes) }
    }

    /// Puts a new token in its join's memories and on its parent and match, then sends it on.
    private func store(_ token: BetaToken, under parent: BetaToken, on m: PatternMatch?, _ routes: JoinRoutes) throws {
        // A successor reading a memory looks the token up by the same key: it is passed on
        // rather than computed again (for the last memory, which most successors read).
        var stored: StoredKey?
        for position in routes.memories.indices where position > 0 || routes.keepsAllTokens {
            let memory = routes.memories[position]
            let key = JoinKey(token, locations: routes.keyLocations, memory.key)
            betaMemories[memory.id].insert(token, key)
            if position == 1, case .digest(let d) = key { token.keyDigest = d }
            stored = StoredKey(memory: memory.id, key: key)
        }
        parent.addChild(token)
        if let m {
            if m.isShared {
                sharedMatchTokens.appendDroppingDeleted((ObjectIdentifier(m), token)) { $0.token }
            } else {
                m.addToken(token)
            }
        }
        // By index: a for-in loop would hold the list, counting one more reference per token.
        for i in routes.successors.indices { try dispatch(routes.successors[i], token, stored: stored) }
    }

    func removeOutput(_ node: JoinNode, _ parent: BetaToken) {
        parent.children.forEach { c in if c.node == node.id && !c.isDeleted { deleteToken(c) } }
    }

    func deleteToken(_ t: BetaToken) {
        guard !t.isDeleted else { return }
        t.isDeleted = true
        withRoutes(t.node) { routes in unlink(t, routes) }
    }

    /// Takes a deleted token out of its memories and deletes what depends on it.
    private func unlink(_ t: BetaToken, _ routes: JoinRoutes) {
        for position in routes.memories.indices where position > 0 || routes.keepsAllTokens {
            let memory = routes.memories[position]
            betaMemories[memory.id].noteRemoved(position == 1 ? .digest(t.keyDigest) : JoinKey(t, locations: routes.keyLocations, memory.key))
        }
        // CLIPS drops what was built on a match by the rules and joins below it, oldest first,
        // which `watch activations` shows. That is everything built on it: a child's join and
        // an activation's rule are among the successors (removing a rule withdraws its
        // activations and leaves its joins in place). `children` may still hold deleted
        // tokens; `deleteToken` skips them. Most tokens a retraction deletes have nothing built
        // on them, and skip all of this.
        if t.hasDependents {
            // By index, as in `emit`.
            for i in routes.successors.indices.reversed() {
                switch routes.successors[i] {
                case .terminal(let rule, _): if let a = t.takeActivation(of: rule) { retire(a) }
                case .join(let j): t.children.forEachReversed { c in if c.node == j { deleteToken(c) } }
                case .conjunctionEnd: break
                }
            }
            assert(!t.hasActivations && t.children.array.allSatisfy(\.isDeleted), "a token outlived by what was built on it")
            t.removeAllChildren()
        }
        for i in routes.successors.indices {
            if case .conjunctionEnd(let owner) = routes.successors[i] { try? conjunctionResult(ruleBase.joins[owner], t, delta: -1) }
        }
        t.leaveParent()
        if t.supportsFacts {
            t.supportsFacts = false
            let supported = supportedFacts.removeValue(forKey: ObjectIdentifier(t))?.facts ?? []
            for f in supported where !f.isRetracted {
                f.support.removeAll { $0 === t }
                if f.support.isEmpty && !f.isUnconditional { _ = try? retractFact(f) }
            }
        }
    }
}

extension JoinKind {
    var isNegated: Bool {
        switch self {
        case .negative, .negatedConjunction: return true
        default: return false
        }
    }
}

/// A token's key in one beta memory, computed when the token was stored there.
struct StoredKey {
    let memory: Int
    let key: JoinKey
}
