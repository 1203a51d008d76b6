/// Working memory made once and shared by every session forked from it (`Session(forkOf:)`).
///
/// A service's conversations all start from the same `reset`: hundreds of facts, their pattern
/// matches and the alpha memories holding them, which were nearly all of a fresh session's
/// memory and of the time to make one. Forks share those objects and copy only the small
/// per-session rest (partial matches, the agenda's state, globals). Shared facts and matches
/// are read by sessions on many threads, so nothing changes them afterwards: a fork keeps the
/// tokens it builds on shared matches (`Session.sharedMatchTokens`), says from its own fact
/// list whether a shared fact is still in it, and takes a shared match out of its memories
/// when it retracts the fact instead of marking it. Its alpha memories start as copies of the
/// shared ones and are copied on first write, memory by memory.
public final class SharedWorkingMemory: @unchecked Sendable {
    /// The session whose state forks start from; never run again.
    let prototype: Session

    /// Runs `prepare` (typically `reset` and `run`) on a new session of `ruleBase` and keeps
    /// the result. It must leave nothing that forks would have to change on shared objects:
    /// no activations waiting and no fact held only by logical support.
    public init(ruleBase: RuleBase, prepare: (Session) throws -> Void) throws {
        let session = Session(ruleBase: ruleBase, io: SessionIO(write: { _ in }, readLine: { nil }))
        try prepare(session)
        if let waiting = session.agendas.first(where: { !$0.value.isEmpty }) {
            throw EngineError("working memory with activations waiting (module \(waiting.key.name)) cannot be shared")
        }
        if let supported = session.facts.first(where: { !$0.isUnconditional || !$0.support.isEmpty }) {
            throw EngineError("working memory cannot be shared: f-\(supported.index) is held by logical support")
        }
        Self.mark(session, shared: true)
        // Forks read the prototype's facts from many threads; compacted once here, the list
        // never changes when they read it.
        session.dropRetractedFacts()
        prototype = session
    }

    /// No fork is left (each keeps this alive), so the prototype may release its facts.
    deinit { Self.mark(prototype, shared: false) }

    /// The live facts and every match in the alpha memories, those of facts the prototype
    /// retracted included: forks hold them too, until they compact their memories.
    private static func mark(_ session: Session, shared: Bool) {
        for f in session.facts { f.isShared = shared }
        for memory in session.alphaMemories { memory.forEachEntry { $0.isShared = shared } }
    }

    /// How many facts every fork starts with.
    public var factCount: Int { prototype.facts.count }
}

extension Session {
    /// Takes over `prototype`'s state: its facts and alpha memories as they are (shared), its
    /// partial matches copied, so this session's joins and agenda change only its own.
    func copyState(of prototype: Session) {
        factList = prototype.facts
        retractedInFactList = 0
        nextFactIndex = prototype.nextFactIndex
        settings = prototype.settings
        focusStack = prototype.focusStack
        currentModule = prototype.currentModule
        strategy = prototype.strategy
        activationSequence = prototype.activationSequence
        firedCount = prototype.firedCount
        globals = prototype.globals
        gensymCounter = prototype.gensymCounter
        tokenSequence = prototype.tokenSequence
        copyPartialMatches(of: prototype)
    }

    /// Copies every live token under the prototype's root, keeping its match, counts and the
    /// order it has in its parent, its memories, its match's token list and its blocker's list:
    /// that order decides the order of later activations, which must be the same as in a session
    /// that ran `reset` itself.
    private func copyPartialMatches(of prototype: Session) {
        var copies: [ObjectIdentifier: BetaToken] = [ObjectIdentifier(prototype.root): root]
        root.counts = prototype.root.counts
        func copyChildren(of original: BetaToken, into copy: BetaToken) {
            original.children.forEach { child in
                guard !child.isDeleted else { return }
                let t = BetaToken(parent: copy, match: child.match, node: child.node, sequence: child.sequence)
                t.counts = child.counts
                t.keyDigest = child.keyDigest
                copy.addChild(t)
                copies[ObjectIdentifier(child)] = t
                copyChildren(of: child, into: t)
            }
        }
        copyChildren(of: prototype.root, into: root)
        betaMemories = prototype.betaMemories.map { $0.mapped { copies[ObjectIdentifier($0)] } }
        for f in facts {
            for (_, m) in f.matches {
                for t in m.tokens {
                    if let copy = copies[ObjectIdentifier(t)] { sharedMatchTokens.append((ObjectIdentifier(m), copy)) }
                }
                for b in m.blocked {
                    if let copy = copies[ObjectIdentifier(b.token)] {
                        sharedMatchBlocks.append((ObjectIdentifier(m), BlockedToken(token: copy, node: b.node)))
                    }
                }
            }
        }
    }
}
