/// Everything a program defines, compiled: templates, functions, globals, rules and the shape of
/// the Rete network. Immutable once built and safe to share between threads; sessions hold the
/// state.
public struct RuleBase: Sendable {
    public internal(set) var templates: [Template] = []
    var templateByName: [Symbol: Int] = [:]
    public internal(set) var rules: [Rule] = []
    public internal(set) var functions: [Symbol: UserFunction] = [:]
    public internal(set) var functionOrder: [Symbol] = []
    public internal(set) var deffacts: [Deffacts] = []
    public internal(set) var globals: [GlobalDefinition] = []
    public internal(set) var modules: [Module] = [Module(name: Symbol("MAIN"), exports: [], imports: [])]

    var alphaNodes: [AlphaNode] = []
    var alphaByKey: [String: Int] = [:]
    /// Alpha nodes per template index.
    var alphaDispatch: [AlphaDispatch] = []
    /// Joins that take each alpha node as right input, newest first.
    var alphaSuccessors: [[Int]] = []
    var joins: [JoinNode] = []
    var joinByKey: [String: Int] = [:]
    /// Successors of each join, newest first; `rootSuccessors` for joins fed by the root.
    var joinSuccessors: [[Successor]] = []
    var rootSuccessors: [Successor] = []
    /// Memories of alpha nodes' matches and of joins' output tokens, by memory id, with the ids
    /// each node fills; see `RuleBase+Memories`.
    var alphaMemorySpecs: [MemorySpec<Int>] = []
    var alphaMemoryIDs: [[Int]] = []
    var betaMemorySpecs: [MemorySpec<TokenLocation>] = []
    var betaMemoryIDs: [[Int]] = []
    /// Rules removed so far, in order, so that a session adopting a newer rule base finds the
    /// ones to drop without looking at every rule.
    var removedRules: [Int] = []

    public init() {
        _ = defineImpliedTemplate(Symbol("initial-fact"))
    }

    public func template(named name: Symbol) -> Template? {
        templateByName[name].map { templates[$0] }
    }

    public func ruleIndex(named name: Symbol) -> Int? {
        rules.lastIndex { $0.name == name && !$0.isRemoved }
    }

    public var liveRules: [Rule] { rules.filter { !$0.isRemoved } }

    mutating func defineImpliedTemplate(_ name: Symbol) -> Template {
        let slot = SlotDefinition(name: Symbol("implied"), isMultifield: true)
        return addTemplate(name: name, module: Symbol("MAIN"), slots: [slot], isImplied: true, comment: nil)
    }

    @discardableResult
    mutating func addTemplate(name: Symbol, module: Symbol, slots: [SlotDefinition], isImplied: Bool, comment: String?) -> Template {
        let t = Template(name: name, module: module, slots: slots, isImplied: isImplied, comment: comment, index: templates.count)
        templateByName[name] = templates.count
        templates.append(t)
        alphaDispatch.append(AlphaDispatch())
        return t
    }

    func successors(of join: Int?) -> [Successor] {
        join.map { joinSuccessors[$0] } ?? rootSuccessors
    }

    mutating func addSuccessor(_ s: Successor, to join: Int?) {
        if let j = join { joinSuccessors[j].insert(s, at: 0) } else { rootSuccessors.insert(s, at: 0) }
    }
}
