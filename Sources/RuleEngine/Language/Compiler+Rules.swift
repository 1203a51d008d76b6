extension Compiler {
    /// `(defrule name ["comment"] [(declare ...)] CE* => action*)`.
    /// Returns the rule and, per disjunct, its join trace for `watch compilations`.
    func compileRule(_ form: SExpr, sourceText: String, evaluate: (Expression) throws -> Value) throws -> (Rule, [[Bool]]) {
        let items = form.items!
        guard items.count >= 2, let rawName = items[1].symbolName else {
            throw error("defrule: expected a rule name after 'defrule'", items.count >= 2 ? items[1] : form)
        }
        let (module, name) = splitModule(rawName)
        var i = 2
        var comment: String?
        if i < items.count, case .string(let c)? = items[i].atom { comment = c; i += 1 }
        var salience = 0
        var salienceExpression: Expression?
        var autoFocus = false
        if i < items.count, items[i].head == "declare" {
            for d in items[i].items!.dropFirst() {
                guard let di = d.items, di.count == 2, let prop = di[0].symbolName else {
                    throw error("declare: expected (salience <integer>) or (auto-focus TRUE|FALSE)", d)
                }
                switch prop {
                case "salience":
                    let expression = try compile(di[1], VariableScope())
                    let v = try evaluate(expression)
                    guard let n = Rule.salience(v) else {
                        throw error("salience must be an integer from -10000 to 10000, got \(v.displayText)", di[1])
                    }
                    salience = n
                    if case .atom(.integer) = di[1].kind {} else { salienceExpression = expression }
                case "auto-focus":
                    autoFocus = di[1].symbolName == "TRUE"
                default:
                    throw error("declare: unknown property '\(prop)': expected salience or auto-focus", di[0])
                }
            }
            i += 1
        }
        guard let arrow = items[i...].firstIndex(where: { $0.symbolName == "=>" }) else {
            throw error("defrule \(name): expected '=>' between the conditions and the actions", form)
        }
        let conditions = try parseConditions(Array(items[i..<arrow]))
        let conjunctions = try disjunctiveForms(conditions)

        var compiled: [(chain: JoinChain, scope: VariableScope, logicalLevel: Int?)] = []
        for c in conjunctions {
            let scope = VariableScope()
            var logicalLevel: Int?
            let chain = try compileChain(c.elements, parent: nil, level: 0, scope: scope,
                                         logicalCount: c.logicalCount, logicalLevel: &logicalLevel)
            compiled.append((chain, scope, logicalLevel))
        }

        let rhsScope = VariableScope(allowsNewLocals: true)
        let names = compiled[0].scope.allNames.keys.sorted()
        for n in names { _ = rhsScope.allocate(n) }
        let actions = try compileAll(Array(items[(arrow + 1)...]), rhsScope)
        let disjuncts = compiled.map { c in
            Disjunct(lastJoin: c.chain.lastJoin!,
                     bindings: names.map { n in
                         switch c.scope.lookup(n) {
                         case .token(let l, let idx)?: return .value(level: l, index: idx)
                         case .fact(let l)?: return .fact(level: l)
                         default: return .value(level: 0, index: -1)
                         }
                     },
                     logicalLevel: c.logicalLevel,
                     specificity: c.chain.specificity)
        }
        let rule = Rule(name: Symbol(name), module: module ?? currentModule, salience: salience,
                        salienceExpression: salienceExpression, autoFocus: autoFocus,
                        comment: comment, sourceText: sourceText, location: form.location, disjuncts: disjuncts,
                        actions: actions, frameSize: rhsScope.frameSize,
                        conditionTexts: items[i..<arrow].map { $0.sourceText })
        return (rule, compiled.map { $0.chain.trace + [true] })
    }

    /// Adds a compiled rule's terminals to the network, replacing any rule of the same name.
    func install(_ rule: Rule) -> (index: Int, replaced: Int?) {
        let replaced = ruleBase.ruleIndex(named: rule.name, in: rule.module)
        if let r = replaced { removeRule(at: r) }
        let index = ruleBase.rules.count
        ruleBase.rules.append(rule)
        for (d, disjunct) in rule.disjuncts.enumerated() {
            ruleBase.addSuccessor(.terminal(rule: index, disjunct: d), to: disjunct.lastJoin)
        }
        return (index, replaced)
    }

    func removeRule(at index: Int) {
        ruleBase.rules[index].isRemoved = true
        ruleBase.constructUses[RuleBase.usesKey("defrule", ruleBase.rules[index].module, ruleBase.rules[index].name)] = nil
        ruleBase.removedRules.append(index)
        for d in ruleBase.rules[index].disjuncts {
            ruleBase.changeSuccessors(of: d.lastJoin) {
                $0.removeAll {
                    if case .terminal(let r, _) = $0 { return r == index }
                    return false
                }
            }
        }
    }

    /// `MODULE::name` → (MODULE, name).
    func splitModule(_ name: String) -> (Symbol?, String) {
        guard let r = name.range(of: "::") else { return (nil, name) }
        return (Symbol(String(name[..<r.lowerBound])), String(name[r.upperBound...]))
    }
}

extension SExpr {
    /// The form written back out in CLIPS syntax, for explanations and `ppdefrule`. Like CLIPS,
    /// field constraints are written without spaces: `?a&:(> ?a 1)`, `?y&~?x|z`, `=(+ 1 2)`.
    public var sourceText: String {
        switch kind {
        case .list(let items):
            var out = "("
            for (i, item) in items.enumerated() {
                if i > 0 && !SExpr.joinsWithoutSpace(items[i - 1], item, first: i == 1) { out += " " }
                out += item.sourceText
            }
            return out + ")"
        case .atom(let a):
            switch a {
            case .symbol(let s): return s
            case .string(let s):
                return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            case .integer(let i): return String(i)
            case .float(let d): return Value.formatFloat(d)
            case .variable(let v): return "?" + v
            case .multiVariable(let v): return "$?" + v
            case .globalVariable(let v): return "?*\(v)*"
            case .wildcard: return "?"
            case .multiWildcard: return "$?"
            case .and: return "&"
            case .or: return "|"
            case .not: return "~"
            default: return ""
            }
        }
    }

    /// Whether CLIPS writes `next` straight after `previous` inside a constraint: around the
    /// connectives `&`, `|`, `~`, and between `:` or `=` and the call they apply.
    private static func joinsWithoutSpace(_ previous: SExpr, _ next: SExpr, first: Bool) -> Bool {
        switch (previous.atom, next.atom) {
        case (.and?, _), (.or?, _), (.not?, _), (_, .and?), (_, .or?): return true
        case (.symbol(let s)?, nil): return !first && (s == ":" || s == "=")
        default: return false
        }
    }
}
