/// A pattern spread over the network: its alpha node and the tests that need earlier patterns.
struct CompiledPattern {
    let alpha: Int
    let joinTests: [NetworkTest]
    let equalities: [JoinEquality]
    let joinKey: String
    let specificity: Int
}

extension Compiler {
    /// Compiles one pattern at token `level`. Variables it binds are added to `scope`.
    func compilePattern(_ p: SExpr, level: Int, scope: VariableScope) throws -> CompiledPattern {
        guard let items = p.items, let name = items.first?.symbolName else {
            throw error("expected a pattern such as (name field...), found \(describe(p))", p)
        }
        try checkFactHead(name, at: items[0])
        var groups: [(slot: Int, multislot: Bool, fields: [PatternField])] = []
        let template: Template
        if let t = ruleBase.template(named: Symbol(name), in: currentModule), !t.isImplied {
            template = t
            use(t)
            var seen = Set<Int>()
            for s in items.dropFirst() {
                guard let sItems = s.items, let slotName = sItems.first?.symbolName else {
                    throw error("expected (slot-name constraint...) in a \(name) pattern, found \(describe(s))", s)
                }
                guard let idx = t.slotIndex(Symbol(slotName)) else {
                    throw error("template \(name) has no slot '\(slotName)' (slots: \(t.slots.map { $0.name.name }.joined(separator: ", ")))", sItems[0])
                }
                guard seen.insert(idx).inserted else { throw error("slot \(slotName) is constrained twice in this pattern", sItems[0]) }
                let fields = try parseFields(Array(sItems.dropFirst()))
                if !t.slots[idx].isMultifield {
                    guard fields.count == 1, !fields[0].isMultifield else {
                        throw error("slot \(slotName) of \(name) holds one value: expected one single-field constraint", s)
                    }
                }
                groups.append((idx, t.slots[idx].isMultifield, fields))
            }
        } else {
            template = try impliedTemplate(name, at: items[0])
            groups.append((0, true, try parseFields(Array(items.dropFirst()))))
        }

        // Template patterns keep every single-field slot's value at the slot's own index, so a
        // variable and a wildcard in the same place need the same alpha node, as in CLIPS.
        let fixedSlots = template.isImplied ? 0 : template.slots.count
        let builder = PatternBuilder(compiler: self, scope: scope, level: level, fixedSlots: fixedSlots)
        var slotElements: [(slot: Int, multislot: Bool, elements: [FieldElement])] = []
        var keyParts = ["#\(template.index)"]
        // Each field's constant and alpha tests, slot by slot: the node path in CLIPS's network.
        var path: [String] = []
        for g in groups.sorted(by: { $0.slot < $1.slot }) {
            var elements: [FieldElement] = []
            var groupKeys: [String] = []
            var fieldNodes: [PatternNodePath.Field] = []
            // A template's multislot matched by one multifield element alone takes the whole
            // slot: its value is the slot's own, like a single slot's, and it tests no length.
            let wholeSlot = !g.multislot || (!template.isImplied && g.fields.count == 1 && g.fields[0].isMultifield)
            for f in g.fields {
                let fieldTests = builder.alphaKeys.count
                let (el, key) = try builder.element(for: f, fixedSlot: wholeSlot ? g.slot : nil)
                elements.append(el)
                groupKeys.append(key)
                fieldNodes.append(.init(key: key, isConstant: el.literal != nil, isMultifield: f.isMultifield,
                                        tests: Array(builder.alphaKeys[fieldTests...])))
            }
            path += PatternNodePath.nodes(slot: g.slot, multislot: g.multislot, fields: fieldNodes)
            // A whole slot that only binds a variable tests nothing: the same as leaving it out,
            // so the pattern shares its alpha node (and first join) with patterns that do, as in
            // CLIPS.
            if wholeSlot && elements[0].literal == nil { continue }
            keyParts.append("[\(g.slot) " + groupKeys.joined(separator: " ") + "]")
            slotElements.append((g.slot, g.multislot, elements))
        }
        // CLIPS gives a pattern that tests nothing one node that tests nothing, beside the
        // first tests of other patterns (not above them). A pattern's last node also says
        // which of its values the joins compare with earlier patterns (the alpha memory's
        // hash), so patterns that differ only in those do not share it: their places in the
        // order differ, and so do their alpha nodes here.
        if path.isEmpty { path = ["(no test)"] }
        if !builder.equalities.isEmpty {
            let hashed = "hashed on " + builder.equalities.map { String($0.rightSlot) }.joined(separator: ",")
            path[path.count - 1] += " " + hashed
            keyParts.append(hashed)
        }
        keyParts.append("|" + builder.alphaKeys.joined(separator: " "))
        let alphaKey = keyParts.joined(separator: " ")
        let alpha = alphaNode(template: template, key: alphaKey, path: path) {
            PatternMatcher(slotElements: slotElements, fixedSlots: fixedSlots, valueCount: builder.valueCount,
                           tests: builder.alphaTests)
        }
        return CompiledPattern(alpha: alpha, joinTests: builder.joinTests, equalities: builder.equalities,
                               joinKey: builder.joinKeys.joined(separator: " "),
                               specificity: builder.specificity + 1) // + 1 for the relation name
    }

    private func alphaNode(template: Template, key: String, path: [String], _ make: () -> PatternMatcher) -> Int {
        if let existing = ruleBase.alphaByKey[key] { return existing }
        let id = ruleBase.alphaNodes.count
        ruleBase.alphaNodes.append(AlphaNode(id: id, template: template, key: key, path: path, matcher: make()))
        ruleBase.alphaByKey[key] = id
        ruleBase.alphaSuccessors.append([])
        ruleBase.addAlphaMemories()
        return id
    }
}

/// Collects one pattern's value slots and tests, sorting each test into the alpha network
/// (it reads only this pattern) or the join (it reads an earlier pattern too).
final class PatternBuilder {
    let compiler: Compiler
    let scope: VariableScope
    let level: Int
    var valueCount: Int
    var alphaTests: [NetworkTest] = []
    var alphaKeys: [String] = []
    var joinTests: [NetworkTest] = []
    /// Join tests that only compare a value with an earlier pattern's: memories hash on them.
    var equalities: [JoinEquality] = []
    var joinKeys: [String] = []
    var specificity = 0
    /// Variables of earlier patterns this pattern has compared a value with, and the value.
    private var comparedHere: [String: Int] = [:]

    /// Values `0..<fixedSlots` are the fact's own slots; multislot parts are stored after them.
    init(compiler: Compiler, scope: VariableScope, level: Int, fixedSlots: Int) {
        self.compiler = compiler
        self.scope = scope
        self.level = level
        self.valueCount = fixedSlots
    }

    /// The matcher element for `f` and its part of the alpha node's key. `fixedSlot` is the
    /// template slot when `f` is a whole single-field slot, whose value is always kept.
    func element(for f: PatternField, fixedSlot: Int?) throws -> (FieldElement, String) {
        let shape = f.isMultifield ? "$?" : "?"
        if case .literal(let v) = f.constraint, !f.isMultifield {
            specificity += 1
            return (FieldElement(isMultifield: false, literal: v, store: nil), "=" + v.displayText)
        }
        let slot: Int
        if let fixedSlot {
            slot = fixedSlot
        } else {
            slot = valueCount
            valueCount += 1
        }
        let element = FieldElement(isMultifield: f.isMultifield, literal: nil, store: fixedSlot == nil ? slot : nil)
        if case .wildcard = f.constraint { return (element, shape) }
        let terms: [FieldConstraint]
        if case .and(let parts) = f.constraint { terms = parts } else { terms = [f.constraint] }
        for (k, term) in terms.enumerated() {
            if case .variable(let n) = term, scope.lookup(n) == nil {
                guard k == 0 else {
                    throw compiler.error("?\(n) is used in a constraint before it is bound; bind it first, as in ?\(n)&...", f.location)
                }
                scope.define(n, .token(level: level, index: slot))
                continue
            }
            specificity += term.specificity
            let key = "s\(slot):" + self.key(term)
            if case .variable(let n) = term, let other = earlierLocation(of: n) {
                // Once the join compares one value with an earlier pattern's, CLIPS compares
                // this pattern's other uses of the variable with that value, in the pattern
                // network: same matches, but the pattern then shares nodes (and its place in
                // the order facts reach patterns) with patterns that bind the variable here.
                if let first = comparedHere[n] {
                    alphaTests.append(NetworkTest(expression: Expression { ctx in .bool(ctx.match!.value(slot) == ctx.match!.value(first)) }))
                    alphaKeys.append("s\(slot):#\(first)")
                    continue
                }
                comparedHere[n] = slot
                equalities.append(JoinEquality(left: other, rightSlot: slot))
                joinKeys.append(key)
                continue
            }
            if case .not(.variable(let n)) = term, let other = earlierLocation(of: n) {
                joinTests.append(.differs(slot: slot, from: other))
                joinKeys.append(key)
                continue
            }
            if let others = earlierLocations(ofAlternatives: term) {
                joinTests.append(.equalsAny(slot: slot, of: others))
                joinKeys.append(key)
                continue
            }
            scope.usedEarlierLevel = false
            let test = try self.test(term, slot, f.location)
            if scope.usedEarlierLevel {
                joinTests.append(NetworkTest(expression: test))
                joinKeys.append(key)
            } else {
                alphaTests.append(NetworkTest(expression: test))
                alphaKeys.append(key)
            }
        }
        return (element, shape)
    }

    /// Where `name` is bound when an earlier pattern binds it to one of its values.
    private func earlierLocation(of name: String) -> TokenLocation? {
        guard case .token(let l, let i)? = scope.lookup(name), l != level else { return nil }
        return TokenLocation(level: l, index: i)
    }

    /// For `?a | ?b | ...` where every alternative is bound by an earlier pattern, where each
    /// is bound; nil for any other constraint.
    private func earlierLocations(ofAlternatives term: FieldConstraint) -> [TokenLocation]? {
        guard case .or(let parts) = term else { return nil }
        var locations: [TokenLocation] = []
        for part in parts {
            guard case .variable(let n) = part, let location = earlierLocation(of: n) else { return nil }
            locations.append(location)
        }
        return locations
    }

    /// A boolean expression: does the value in `slot` satisfy `term`?
    private func test(_ term: FieldConstraint, _ slot: Int, _ at: SExpr) throws -> Expression {
        switch term {
        case .wildcard:
            return Expression(constant: .true)
        case .literal(let v):
            return Expression { ctx in .bool(ctx.match!.value(slot) == v) }
        case .variable(let n):
            guard let other = scope.source(for: n) else {
                throw compiler.error("?\(n) must be bound before it is used inside '~' or '|'", at)
            }
            return Expression { ctx in .bool(ctx.match!.value(slot) == other.value(ctx)) }
        case .predicate(let call):
            return try compiler.compile(call, scope)
        case .returnValue(let call):
            let e = try compiler.compile(call, scope)
            return Expression { ctx in .bool(ctx.match!.value(slot) == (try e(ctx))) }
        case .not(let inner):
            let t = try test(inner, slot, at)
            return Expression { ctx in .bool(!(try t(ctx)).isTrue) }
        case .and(let parts):
            let ts = try parts.map { try test($0, slot, at) }
            return Expression { ctx in
                for t in ts where !(try t(ctx)).isTrue { return .false }
                return .true
            }
        case .or(let parts):
            let ts = try parts.map { try test($0, slot, at) }
            return Expression { ctx in
                for t in ts where try t(ctx).isTrue { return .true }
                return .false
            }
        }
    }

    private func key(_ term: FieldConstraint) -> String {
        switch term {
        case .wildcard: return "?"
        case .literal(let v): return "=" + v.displayText
        case .variable(let n): return scope.canonical(SExpr(kind: .atom(.variable(n)), location: SourceLocation(file: "", line: 0, column: 0)))
        case .predicate(let e): return ":" + scope.canonical(e)
        case .returnValue(let e): return "=" + scope.canonical(e)
        case .not(let t): return "~" + key(t)
        case .and(let ts): return ts.map(key).joined(separator: "&")
        case .or(let ts): return "{" + ts.map(key).joined(separator: "|") + "}"
        }
    }
}
