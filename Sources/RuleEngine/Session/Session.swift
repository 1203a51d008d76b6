import Foundation
import Synchronization

/// What changes while a program runs: facts, node memories, the agenda, the focus stack and
/// globals. A session is confined to one thread at a time; the rule base it runs is shared.
public final class Session {
    /// The network code reads and writes these in its innermost loops and never holds one
    /// across a call that touches it again, so they skip dynamic exclusivity checks.
    @exclusivity(unchecked) public internal(set) var ruleBase: RuleBase

    /// By memory id: `RuleBase.alphaMemorySpecs` and `betaMemorySpecs` say what each holds.
    @exclusivity(unchecked) var alphaMemories: [HashedMemory<PatternMatch>]
    @exclusivity(unchecked) var betaMemories: [HashedMemory<BetaToken>]
    let root: BetaToken
    /// The last token's `sequence`.
    @exclusivity(unchecked) var tokenSequence: UInt64 = 0
    /// The left input of joins fed by the root, made once.
    let rootTokens: BucketEntries<BetaToken>

    /// This session's facts in index order: the live ones and, until `dropRetractedFacts`
    /// runs, some it retracted. Read through `facts`.
    @exclusivity(unchecked) var factList: [Fact] = []
    /// How many facts in `factList` are retracted.
    @exclusivity(unchecked) var retractedInFactList = 0
    /// Live facts in index order.
    public var facts: [Fact] {
        dropRetractedFacts()
        return factList
    }
    /// How many facts are live, without compacting the list.
    var factCount: Int { factList.count - retractedInFactList }
    /// The facts each partial match logically supports, for the tokens marked `supportsFacts`:
    /// kept here rather than in every token, since few support any.
    @exclusivity(unchecked) var supportedFacts: [ObjectIdentifier: SupportedFacts] = [:]
    /// The facts this session asserted, by content; the shared ones are in `sharedBase`'s.
    @exclusivity(unchecked) var factsByContent: [FactKey: Fact] = [:]
    /// The working memory this session was forked from, until a `reset` leaves it.
    var sharedBase: SharedWorkingMemory?
    /// The tokens built on shared matches, each with its match, oldest first: what
    /// `PatternMatch.tokens` keeps for this session's own matches, kept here because a shared
    /// match never changes. One list for all: it is read only when a shared fact is
    /// retracted, and a table per match cost more memory than the tokens.
    var sharedMatchTokens: [(match: ObjectIdentifier, token: BetaToken)] = []
    /// Likewise what `PatternMatch.blocked` keeps: the tokens each shared match blocks.
    var sharedMatchBlocks: [(match: ObjectIdentifier, blocked: BlockedToken)] = []
    @exclusivity(unchecked) var nextFactIndex = 0

    /// Per module, made when its first activation comes; activations point at theirs.
    /// Like the network's state, the agenda's is read and written on every activation and never
    /// held across a call that touches it again, so it skips dynamic exclusivity checks.
    @exclusivity(unchecked) var agendas: [Symbol: Agenda] = [:]
    /// The agenda `activate` used last, and its module: most programs have one module, and a
    /// lookup by module was a tenth of an activation's cost. Unretained: agendas stay in
    /// `agendas` for the session's life.
    @exclusivity(unchecked) var recentAgenda: (module: Symbol, agenda: Unmanaged<Agenda>)?
    public internal(set) var focusStack: [Symbol] = []
    @exclusivity(unchecked) public var currentModule = Symbol("MAIN")
    @exclusivity(unchecked) public internal(set) var strategy: Strategy = .depth
    @exclusivity(unchecked) var activationSequence = 0
    /// The activation whose right-hand side is running, for fact origins and `logical`.
    @exclusivity(unchecked) var firing: Activation?
    @exclusivity(unchecked) public internal(set) var firedCount = 0
    @exclusivity(unchecked) var halted = false

    @exclusivity(unchecked) public var globals: [Symbol: Value] = [:]
    /// What the program's `set-...` commands chose. Read on every activation, firing and
    /// assertion, so it skips dynamic exclusivity checks.
    @exclusivity(unchecked) public var settings = SessionSettings()
    var gensymCounter = 1
    var openFiles: [String: FileHandle] = [:]
    /// Files opened for reading, each read token by token or line by line from where the last
    /// `read` or `readline` stopped.
    var inputFiles: [String: Lexer] = [:]
    @exclusivity(unchecked) public var watch = WatchSettings()
    /// Set up once and only read after: traces in the network's loops write through it, and a
    /// checked access was begun on every pass even with tracing off.
    @exclusivity(unchecked) public var io: SessionIO
    /// Stops runaway recursion before the process stack does.
    public var maxCallDepth = 2000
    /// Rule firings plus loop iterations left before evaluation stops; nil for no limit.
    /// Guards services and fuzzing against programs that never end.
    @exclusivity(unchecked) public var stepBudget: Int?
    /// Upper bound on rules fired by one `run`, against runaway programs; nil for none.
    public var maxFiringsPerRun: Int?
    @exclusivity(unchecked) var callDepth = 0
    /// Rule firings under way, one inside another when a right-hand side runs `run`.
    @exclusivity(unchecked) var firingDepth = 0
    /// Set from another thread (Ctrl-C) to stop a run at the next rule or loop iteration.
    public internal(set) var interrupt = InterruptFlag()
    /// Receives a copy of every fact asserted or retracted, for listeners such as the advisor.
    public var listener: (any SessionListener)?

    /// The shell environment that owns this session, for commands such as `(exit)`.
    public internal(set) weak var environment: Environment?

    lazy var context = Context(session: self)

    public init(ruleBase: RuleBase, io: SessionIO = SessionIO()) {
        self.ruleBase = ruleBase
        self.io = io
        alphaMemories = Array(repeating: HashedMemory(), count: ruleBase.alphaMemorySpecs.count)
        betaMemories = Array(repeating: HashedMemory(), count: ruleBase.betaMemorySpecs.count)
        root = BetaToken(parent: nil, match: nil, node: -1, sequence: 0)
        rootTokens = BucketEntries(single: root, list: [])
        for g in ruleBase.globals { globals[g.name] = try? g.initial(context) }
        activateRoot()
    }

    /// A session that starts where `base` stands, sharing its facts and their matches with
    /// every other session forked from it; only what it changes afterwards is its own.
    public init(forkOf base: SharedWorkingMemory, io: SessionIO = SessionIO()) {
        let prototype = base.prototype
        ruleBase = prototype.ruleBase
        self.io = io
        alphaMemories = prototype.alphaMemories
        betaMemories = []
        root = BetaToken(parent: nil, match: nil, node: -1, sequence: 0)
        rootTokens = BucketEntries(single: root, list: [])
        sharedBase = base
        copyState(of: prototype)
    }

    deinit { releaseNetwork() }

    /// Facts that are still in working memory.
    public var liveFacts: [Fact] { facts }

    public func fact(index: Int) -> Fact? {
        let i = factListPosition(ofIndex: index)
        guard i < factList.count, factList[i].index == index, contains(factList[i]) else { return nil }
        return factList[i]
    }

    /// Whether `f` is in working memory. A shared fact cannot record that this session
    /// retracted it, so for those the fact list says.
    public func contains(_ f: Fact) -> Bool {
        f.isShared ? indexInFactList(f) != nil : !f.isRetracted
    }

    /// The live fact with this content, if any.
    func fact(withContent key: FactKey) -> Fact? {
        if let f = factsByContent[key] { return f }
        if let f = sharedBase?.prototype.factsByContent[key], contains(f) { return f }
        return nil
    }

    func agenda(_ module: Symbol) -> Agenda { agendas[module] ?? Agenda(strategy) }

    /// What `reset` would give the global `name`: its definition's initial value, evaluated now.
    func initialValue(ofGlobal name: Symbol) throws -> Value {
        guard let definition = ruleBase.globals.first(where: { $0.name == name }) else {
            throw EngineError("bind: there is no global variable ?*\(name.name)*")
        }
        return try definition.initial(context)
    }

    public func setGlobal(_ name: Symbol, _ value: Value) {
        let old = globals.updateValue(value, forKey: name)
        if watch.globals.watches(watchKey(global: name)) { io.write(":== ?*\(name.name)* ==> \(value.displayText) <== \((old ?? value).displayText)\n") }
    }

    /// Called at every rule firing and loop iteration: stops on Ctrl-C or when the step
    /// budget runs out.
    func checkInterrupt() throws {
        if interrupt.isSet { throw EngineError("interrupted") }
        if let budget = stepBudget {
            guard budget > 0 else { throw EngineError("stopped: the program ran more than its step budget allows") }
            stepBudget = budget - 1
        }
    }

    /// A fact (address or index) named by a function argument.
    func resolveFact(_ v: Value, function: String) throws -> Fact {
        switch v {
        case .fact(let f):
            guard contains(f) else { throw EngineError("\(function): fact f-\(f.index) has been retracted") }
            return f
        case .integer(let i):
            guard let f = fact(index: i) else { throw EngineError("\(function): there is no fact f-\(i)") }
            return f
        default:
            throw EngineError("\(function): expected a fact address or index, got \(v.displayText)")
        }
    }
}

/// Identity of a fact's contents, for refusing duplicates. The contents are hashed once, when
/// the fact is asserted: each dictionary operation hashes its key, a fact's key meets several,
/// and hashing every slot (long strings included) each time was most of asserting a fact.
struct FactKey: Hashable {
    let template: Int
    let slots: [Value]
    let contentHash: Int

    /// Folded like a join key, except that a string counts by its length and its first and
    /// last eight bytes: hashing whole strings (an advisor's facts carry sentences) was 4% of a
    /// conversation's turn. Facts that differ only inside a long string share a hash, and
    /// equality still tells them apart.
    init(template: Int, slots: [Value]) {
        self.template = template
        self.slots = slots
        var digest = JoinDigest()
        digest.add(.integer(template))
        for v in slots { Self.add(v, to: &digest) }
        contentHash = Int(truncatingIfNeeded: digest.value)
    }

    private static func add(_ v: Value, to digest: inout JoinDigest) {
        switch v {
        case .string(var s): digest.add(.integer(s.withUTF8(Self.outline)))
        case .multifield(let fields):
            digest.add(.integer(fields.count))
            for f in fields { add(f, to: &digest) }
        default: digest.add(v)
        }
    }

    private static func outline(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h = UInt64(bytes.count)
        for b in bytes.prefix(8) { h = h &* 0x100_0000_01B3 ^ UInt64(b) }
        for b in bytes.suffix(8) { h = h &* 0x100_0000_01B3 ^ UInt64(b) }
        return Int(truncatingIfNeeded: h)
    }

    /// The key of a fact in working memory, without hashing its contents again.
    init(_ fact: Fact) {
        template = fact.template.index
        slots = fact.slots
        contentHash = fact.contentHash
    }

    static func == (a: FactKey, b: FactKey) -> Bool {
        a.contentHash == b.contentHash && a.template == b.template && a.slots == b.slots
    }

    func hash(into h: inout Hasher) { h.combine(contentHash) }
}

/// Where `printout`, `read` and friends go. The shell connects these to the terminal; the
/// advisor and tests capture them.
public struct SessionIO {
    public var write: (String) -> Void
    public var readLine: () -> String?

    public init(write: @escaping (String) -> Void = { print($0, terminator: "") },
                readLine: @escaping () -> String? = { Swift.readLine() }) {
        self.write = write
        self.readLine = readLine
    }
}

/// Observes working-memory changes without taking part in matching.
public protocol SessionListener: AnyObject {
    func factAsserted(_ fact: Fact)
    func factRetracted(_ fact: Fact)
}

/// A flag another thread may raise to stop a run.
public final class InterruptFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public var isSet: Bool { flag.load(ordering: .relaxed) }
    public func raise() { flag.store(true, ordering: .relaxed) }
    public func clear() { flag.store(false, ordering: .relaxed) }
}
