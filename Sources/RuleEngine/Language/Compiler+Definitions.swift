/// The constructs other than `defrule`.
extension Compiler {
    /// Name and optional comment string at the start of a construct.
    func header(_ items: [SExpr], _ construct: String, _ form: SExpr) throws -> (String, String?, Int) {
        guard items.count >= 2, let name = items[1].symbolName else {
            throw error("\(construct): expected a name after '\(construct)'", items.count >= 2 ? items[1] : form)
        }
        if items.count > 2, case .string(let c)? = items[2].atom { return (name, c, 3) }
        return (name, nil, 2)
    }

    func compileTemplate(_ form: SExpr, sourceText: String, evaluate: (Expression) throws -> Value) throws -> Template {
        let items = form.items!
        let (rawName, comment, start) = try header(items, "deftemplate", form)
        let (module, name) = splitModule(rawName)
        var slots: [SlotDefinition] = []
        for s in items[start...] {
            guard let si = s.items, si.count >= 2, let kind = si[0].symbolName, ["slot", "multislot", "field"].contains(kind),
                  let slotName = si[1].symbolName else {
                throw error("deftemplate \(name): expected (slot name ...) or (multislot name ...)", s)
            }
            guard !slots.contains(where: { $0.name.name == slotName }) else {
                throw error("deftemplate \(name): slot '\(slotName)' is defined twice", si[1])
            }
            var def = SlotDefinition(name: Symbol(slotName), isMultifield: kind == "multislot")
            for attr in si.dropFirst(2) {
                try applySlotAttribute(attr, to: &def, evaluate: evaluate)
            }
            if case .value(let v) = def.defaultValue, let problem = def.constraints.violation(of: def.isMultifield ? .multifield(v.fields) : v), !def.isMultifield {
                throw error("deftemplate \(name): the default of slot \(slotName) breaks its own constraints: \(problem)", s)
            }
            slots.append(def)
        }
        return ruleBase.addTemplate(name: Symbol(name), module: module ?? currentModule, slots: slots, isImplied: false, comment: comment,
                                   sourceText: sourceText)
    }

    private func applySlotAttribute(_ attr: SExpr, to def: inout SlotDefinition, evaluate: (Expression) throws -> Value) throws {
        guard let ai = attr.items, let key = ai.first?.symbolName else {
            throw error("expected a slot attribute such as (default ...), (type ...) or (range ...)", attr)
        }
        let args = Array(ai.dropFirst())
        switch key {
        case "default":
            if args.count == 1, let s = args[0].symbolName, s == "?DERIVE" || s == "?NONE" {
                def.defaultValue = s == "?NONE" ? .required : .derive
            } else if args.count == 1, case .variable("DERIVE")? = args[0].atom {
                def.defaultValue = .derive
            } else if args.count == 1, case .variable("NONE")? = args[0].atom {
                def.defaultValue = .required
            } else {
                var fields: [Value] = []
                for a in args { fields.append(contentsOf: try evaluate(try compile(a, VariableScope())).fields) }
                if def.isMultifield {
                    def.defaultValue = .value(.multifield(fields))
                } else {
                    guard fields.count == 1 else { throw error("the default of single-field slot \(def.name.name) must be one value", attr) }
                    def.defaultValue = .value(fields[0])
                }
            }
        case "default-dynamic":
            def.defaultValue = .dynamic(try compileAll(args, VariableScope()))
        case "type":
            let names = args.compactMap { $0.symbolName ?? (args.count == 1 && $0.atom == .variable("VARIABLE") ? "?VARIABLE" : nil) }
            if names.contains("?VARIABLE") { def.constraints.types = nil } else { def.constraints.types = Set(names) }
        case "allowed-symbols", "allowed-strings", "allowed-lexemes", "allowed-numbers", "allowed-integers",
             "allowed-floats", "allowed-values":
            if args.count == 1, args[0].atom == .variable("VARIABLE") { return }
            let values = args.compactMap { constant($0.atom ?? .eof) }
            if key == "allowed-values" {
                def.constraints.allowedValues = values
            } else {
                let kind = String(key.dropFirst("allowed-".count).dropLast()).uppercased()
                def.constraints.allowedOfKind.append((kind, values))
            }
        case "range":
            guard args.count == 2 else { throw error("range: expected (range <low> <high>)", attr) }
            func bound(_ e: SExpr) -> Double? {
                if case .variable("VARIABLE")? = e.atom { return nil }
                return constant(e.atom ?? .eof)?.doubleValue
            }
            def.constraints.range = (bound(args[0]), bound(args[1]))
        case "cardinality":
            guard args.count == 2 else { throw error("cardinality: expected (cardinality <min> <max>)", attr) }
            func bound(_ e: SExpr) -> Int? {
                if case .integer(let n)? = e.atom { return n }
                return nil
            }
            def.constraints.cardinality = (bound(args[0]) ?? 0, bound(args[1]))
        case "allowed-classes", "allowed-instance-names":
            break
        default:
            throw error("unknown slot attribute '\(key)': expected default, default-dynamic, type, allowed-..., range or cardinality", ai[0])
        }
    }

    func compileDeffacts(_ form: SExpr, sourceText: String) throws -> Deffacts {
        let items = form.items!
        let (rawName, _, start) = try header(items, "deffacts", form)
        let (module, name) = splitModule(rawName)
        let specs = try items[start...].map { try compileFactSpec($0, VariableScope()) }
        return Deffacts(name: Symbol(name), module: module ?? currentModule, facts: specs, sourceText: sourceText)
    }

    func compileFunction(_ form: SExpr, sourceText: String) throws -> UserFunction {
        let items = form.items!
        let (rawName, _, start) = try header(items, "deffunction", form)
        let (module, name) = splitModule(rawName)
        guard start < items.count, let params = items[start].items else {
            throw error("deffunction \(name): expected a parameter list such as (?a ?b $?rest)", start < items.count ? items[start] : form)
        }
        let scope = VariableScope(allowsNewLocals: true)
        var count = 0
        var wildcard = false
        for (i, p) in params.enumerated() {
            switch p.atom {
            case .variable(let v)?:
                guard !wildcard else { throw error("deffunction \(name): the $? wildcard parameter must come last", p) }
                _ = scope.allocate(v)
                count += 1
            case .multiVariable(let v)? where i == params.count - 1:
                _ = scope.allocate(v)
                wildcard = true
            default:
                throw error("deffunction \(name): expected a parameter ?name (or a last $?name), found \(describe(p))", p)
            }
        }
        let previous = ruleBase.functions[Symbol(name)]
        // A redefinition with the same parameters updates the function in place, so calls
        // compiled against a forward declaration reach the new body (mutual recursion).
        if let previous, previous.parameterCount == count, previous.hasWildcard == wildcard {
            let body = try compileAll(Array(items[(start + 1)...]), scope)
            (previous.body, previous.frameSize, previous.sourceText) = (body, scope.frameSize, sourceText)
            return previous
        }
        let f = UserFunction(name: Symbol(name), module: module ?? currentModule, parameterCount: count,
                             hasWildcard: wildcard, sourceText: sourceText)
        ruleBase.functions[f.name] = f
        if previous == nil { ruleBase.functionOrder.append(f.name) }
        do {
            f.body = try compileAll(Array(items[(start + 1)...]), scope)
        } catch {
            ruleBase.functions[f.name] = previous
            throw error
        }
        f.frameSize = scope.frameSize
        return f
    }

    /// `(defglobal [module] ?*name* = value ...)`.
    func compileGlobals(_ form: SExpr) throws -> [GlobalDefinition] {
        let items = form.items!
        var i = 1
        var module = currentModule
        if i < items.count, let m = items[i].symbolName { module = Symbol(m); i += 1 }
        var out: [GlobalDefinition] = []
        defer { globalsBeingDefined = [] }
        while i < items.count {
            guard case .globalVariable(let n)? = items[i].atom else {
                throw error("defglobal: expected ?*name* = value, found \(describe(items[i]))", items[i])
            }
            guard i + 2 < items.count, items[i + 1].symbolName == "=" else {
                throw error("defglobal: expected '=' and a value after ?*\(n)*", items[i])
            }
            out.append(GlobalDefinition(name: Symbol(n), module: module, initial: try compile(items[i + 2], VariableScope()),
                                        initialText: items[i + 2].sourceText))
            globalsBeingDefined.append((Symbol(n), module))
            i += 3
        }
        return out
    }

    func compileModule(_ form: SExpr, sourceText: String) throws -> Module {
        let items = form.items!
        let (name, _, start) = try header(items, "defmodule", form)
        var exports: [PortSpec] = [], imports: [PortSpec] = []
        var exportTexts: [String] = [], importTexts: [String] = []
        for spec in items[start...] {
            guard let si = spec.items, let kind = si.first?.symbolName, kind == "export" || kind == "import" else {
                throw error("defmodule \(name): expected (export ...) or (import ...)", spec)
            }
            var rest = Array(si.dropFirst())
            let text = rest.map(\.sourceText).joined(separator: " ")
            if kind == "export" {
                exports.append(try portSpec(rest, from: nil, spec))
                exportTexts.append(text)
            } else {
                guard let from = rest.first?.symbolName else { throw error("defmodule \(name): expected a module name after import", spec) }
                rest.removeFirst()
                imports.append(try portSpec(rest, from: Symbol(from), spec))
                importTexts.append(text)
            }
        }
        return Module(name: Symbol(name), exports: exports, imports: imports, exportTexts: exportTexts,
                      importTexts: importTexts, sourceText: sourceText)
    }

    /// `?ALL`, `?NONE`, or a construct kind followed by `?ALL`, `?NONE` or names.
    private func portSpec(_ items: [SExpr], from module: Symbol?, _ form: SExpr) throws -> PortSpec {
        let words = items.map(\.sourceText)
        func names(_ list: ArraySlice<String>) -> Set<String>? {
            list == ["?ALL"] ? nil : list == ["?NONE"] ? [] : Set(list)
        }
        switch words.first {
        case "?ALL"? where words.count == 1, "?NONE"? where words.count == 1:
            return PortSpec(module: module, construct: nil, names: names(words[...]))
        case let kind? where words.count >= 2 && kind != "?ALL" && kind != "?NONE":
            return PortSpec(module: module, construct: kind, names: names(words.dropFirst()))
        default:
            throw error("expected ?ALL, ?NONE, or a construct kind followed by ?ALL, ?NONE or names", form)
        }
    }
}
