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
    public internal(set) var modules: [Module] = [.main]

    var alphaNodes: [AlphaNode] = []
    var alphaByKey: [String: Int] = [:]
    /// Per template index, the shape of its alpha nodes' visiting order (`placeAlphaNode`).
    var alphaTrees: [AlphaTree] = []
    /// The template's alpha nodes, indexed so a fact visits only those it may match, in
    /// visiting order.
    var alphaDispatch: [AlphaDispatch] = []
    /// Joins that take each alpha node as right input, newest first.
    var alphaSuccessors: [[Int]] = []
    var joins: [JoinNode] = []
    var joinByKey: [String: Int] = [:]
    /// Per join, its successors and output memories; `rootSuccessors` for joins fed by the root.
    var joinRoutes: [JoinRoutes] = []
    /// Newest first.
    var rootSuccessors: [Successor] = []
    /// Memories of alpha nodes' matches and of joins' output tokens, by memory id, with the ids
    /// each alpha node fills (a join's are in its routes); see `RuleBase+Memories`.
    var alphaMemorySpecs: [MemorySpec<Int>] = []
    var alphaMemoryIDs: [[Int]] = []
    var betaMemorySpecs: [MemorySpec<TokenLocation>] = []
    /// Rules removed so far, in order, so that a session adopting a newer rule base finds the
    /// ones to drop without looking at every rule.
    var removedRules: [Int] = []

    /// What each construct's code uses, by `RuleBase.usesKey`, for `undef...`.
    var constructUses: [String: ConstructUses] = [:]
    /// CLIPS's built-in `(deffacts initial-fact (initial-fact))` in MAIN, which `reset` asserts
    /// first; `undeffacts` can delete it (`clear` brings it back).
    var hasInitialFactDeffacts = true

    public init() {
        _ = defineImpliedTemplate(Symbol("initial-fact"), in: Symbol("MAIN"))
    }

    public func template(named name: Symbol) -> Template? {
        templateByName[name].map { templates[$0] }
    }

    public func ruleIndex(named name: Symbol) -> Int? {
        if let (module, local) = Symbol.split(name) { return ruleIndex(named: local, in: module) }
        return rules.lastIndex { $0.name == name && !$0.isRemoved }
    }

    /// The live rule `name` of `module` (or of the module a `MODULE::name` names).
    func ruleIndex(named name: Symbol, in module: Symbol) -> Int? {
        if let (owner, local) = Symbol.split(name) { return ruleIndex(named: local, in: owner) }
        return rules.lastIndex { $0.name == name && $0.module == module && !$0.isRemoved }
    }

    /// A rule named in a command typed in `module`: that module's own, else any module's.
    func ruleIndex(lookingUp name: Symbol, from module: Symbol) -> Int? {
        ruleIndex(named: name, in: module) ?? ruleIndex(named: name)
    }

    public var liveRules: [Rule] { rules.filter { !$0.isRemoved } }

    /// Indices of templates removed by `undeftemplate`.
    var removedTemplates: Set<Int> = []

    /// Templates neither removed nor superseded by a later definition of the same name in the
    /// same module.
    var liveTemplates: [Template] {
        templates.filter { t in
            !removedTemplates.contains(t.index) && templates.last { $0.name == t.name && $0.module == t.module } === t
        }
    }

    mutating func defineImpliedTemplate(_ name: Symbol, in module: Symbol) -> Template {
        let slot = SlotDefinition(name: Symbol("implied"), isMultifield: true)
        return addTemplate(name: name, module: module, slots: [slot], isImplied: true, comment: nil)
    }

    @discardableResult
    mutating func addTemplate(name: Symbol, module: Symbol, slots: [SlotDefinition], isImplied: Bool, comment: String?,
                              sourceText: String? = nil) -> Template {
        let t = Template(name: name, module: module, slots: slots, isImplied: isImplied, comment: comment,
                         index: templates.count, sourceText: sourceText)
        templateByName[name] = templates.count
        templates.append(t)
        alphaTrees.append(AlphaTree())
        alphaDispatch.append(AlphaDispatch())
        return t
    }

    /// The order in which the root token reaches the joins it feeds, which decides the order
    /// of the activations `reset` makes: as in CLIPS, the join of rules with no pattern (or a
    /// leading `test`) first, then the rest newest first.
    var rootSuccessorsInVisitingOrder: [Successor] {
        let (patternless, others) = rootSuccessors.reduce(into: ([Successor](), [Successor]())) { parts, s in
            if case .join(let j) = s, joins[j].kind == .empty { parts.0.append(s) } else { parts.1.append(s) }
        }
        return patternless + others
    }

    func successors(of join: Int?) -> [Successor] {
        join.map { joinRoutes[$0].successors } ?? rootSuccessors
    }

    mutating func addSuccessor(_ s: Successor, to join: Int?) {
        if let j = join { changeSuccessors(of: j) { $0.insert(s, at: 0) } } else { rootSuccessors.insert(s, at: 0) }
    }
}
