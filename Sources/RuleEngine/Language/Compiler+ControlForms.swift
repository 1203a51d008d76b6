/// Functions that control evaluation of their own arguments: conditionals, loops, `bind`.
extension Compiler {
    func compileSpecialForm(_ name: String, _ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression? {
        switch name {
        case "if": return try compileIf(args, e, scope)
        case "while": return try compileWhile(args, e, scope)
        case "loop-for-count": return try compileLoopForCount(args, e, scope)
        case "switch": return try compileSwitch(args, e, scope)
        case "progn": return sequence(try compileAll(args, scope))
        case "progn$", "foreach": return try compileForeach(name, args, e, scope)
        case "bind": return try compileBind(args, e, scope)
        case "return":
            let value = try args.first.map { try compile($0, scope) }
            return Expression { ctx in throw ControlFlow.returnValue(try value?(ctx) ?? .false) }
        case "break":
            return Expression { _ in throw ControlFlow.breakLoop }
        case "and" where args.count < 2, "or" where args.count < 2:
            throw error("function \(name) expects at least 2 argument(s), got \(args.count)", e)
        case "and":
            let parts = try compileAll(args, scope)
            return Expression { ctx in
                for p in parts where !(try p(ctx)).isTrue { return .false }
                return .true
            }
        case "or":
            let parts = try compileAll(args, scope)
            return Expression { ctx in
                for p in parts where try p(ctx).isTrue { return .true }
                return .false
            }
        case "assert": return try compileAssert(args, e, scope)
        case "printout": return try compilePrintout(args, e, scope)
        case "modify", "duplicate": return try compileModify(name == "duplicate", args, e, scope)
        case "do-for-fact", "do-for-all-facts", "delayed-do-for-all-facts", "find-fact", "find-all-facts", "any-factp":
            return try compileQuery(name, args, e, scope)
        default: return nil
        }
    }

    /// Runs actions in order and yields the last one's value.
    func sequence(_ actions: [Expression]) -> Expression {
        if actions.count == 1 { return actions[0] }
        return Expression { ctx in
            var last = Value.false
            for a in actions { last = try a(ctx) }
            return last
        }
    }

    /// Splits `... then a b else c d` style bodies at a keyword.
    func split(_ items: [SExpr], at keyword: String) -> ([SExpr], [SExpr]?) {
        guard let i = items.firstIndex(where: { $0.symbolName == keyword }) else { return (items, nil) }
        return (Array(items[..<i]), Array(items[(i + 1)...]))
    }

    private func compileIf(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard args.count >= 2, args[1].symbolName == "then" else {
            throw error("if: expected (if <condition> then <action>* [else <action>*])", e)
        }
        let cond = try compile(args[0], scope)
        let (thenPart, elsePart) = split(Array(args.dropFirst(2)), at: "else")
        let thenExpr = sequence(try compileAll(thenPart, scope))
        let elseExpr = try elsePart.map { sequence(try compileAll($0, scope)) }
        let thenEmpty = thenPart.isEmpty
        let elseEmpty = elsePart?.isEmpty ?? true
        return Expression { ctx in
            if try cond(ctx).isTrue { return thenEmpty ? .false : try thenExpr(ctx) }
            if let elseExpr, !elseEmpty { return try elseExpr(ctx) }
            return .false
        }
    }

    private func body(_ items: ArraySlice<SExpr>, _ scope: VariableScope) throws -> [Expression] {
        var list = Array(items)
        if list.first?.symbolName == "do" { list.removeFirst() }
        return try compileAll(list, scope)
    }

    /// Runs a loop body once; false when `break` ended the loop.
    static func runBody(_ body: [Expression], _ ctx: Context) throws -> Bool {
        do {
            for a in body { _ = try a(ctx) }
        } catch ControlFlow.breakLoop {
            return false
        }
        return true
    }

    private func compileWhile(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let c = args.first else { throw error("while: expected a condition", e) }
        let cond = try compile(c, scope)
        let actions = try body(args.dropFirst(), scope)
        return Expression { ctx in
            while try cond(ctx).isTrue {
                try ctx.session.checkInterrupt()
                if try !Compiler.runBody(actions, ctx) { break }
            }
            return .false
        }
    }

    private func compileLoopForCount(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let spec = args.first else { throw error("loop-for-count: expected a count or (?var start end)", e) }
        var slot: Int?
        var start = Expression(constant: .integer(1))
        let end: Expression
        if let items = spec.items {
            var rest = items[...]
            if case .variable(let v)? = rest.first?.atom {
                slot = scope.allocate(v)
                rest = rest.dropFirst()
            }
            switch rest.count {
            case 1: end = try compile(rest.first!, scope)
            case 2:
                start = try compile(rest.first!, scope)
                end = try compile(rest.last!, scope)
            default: throw error("loop-for-count: expected (?var [start] end)", spec)
            }
        } else {
            end = try compile(spec, scope)
        }
        let actions = try body(args.dropFirst(), scope)
        let (first, counter) = (start, slot)
        return Expression { ctx in
            let from = try Arg.integer(try first(ctx), "loop-for-count", 1)
            let to = try Arg.integer(try end(ctx), "loop-for-count", 2)
            var i = from
            while i <= to {
                try ctx.session.checkInterrupt()
                if let counter { ctx.frame[counter] = .integer(i) }
                // Stopping at `to` before counting past it: CLIPS's counter wraps at the largest
                // integer and loops for ever.
                if try !Compiler.runBody(actions, ctx) || i == to { break }
                i += 1
            }
            return .false
        }
    }

    private func compileSwitch(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let subject = args.first else { throw error("switch: expected a value to test", e) }
        let value = try compile(subject, scope)
        var cases: [(Expression, Expression)] = []
        var fallback: Expression?
        for c in args.dropFirst() {
            guard let items = c.items, let head = items.first?.symbolName else {
                throw error("switch: expected (case <value> then <action>*) or (default <action>*)", c)
            }
            if head == "case" {
                guard items.count >= 3, items[2].symbolName == "then" else {
                    throw error("switch: expected (case <value> then <action>*)", c)
                }
                cases.append((try compile(items[1], scope), sequence(try compileAll(Array(items.dropFirst(3)), scope))))
            } else if head == "default" {
                fallback = sequence(try compileAll(Array(items.dropFirst()), scope))
            } else {
                throw error("switch: expected 'case' or 'default', found '\(head)'", c)
            }
        }
        let (allCases, otherwise) = (cases, fallback)
        return Expression { ctx in
            let v = try value(ctx)
            for (test, action) in allCases where try test(ctx) == v { return try action(ctx) }
            return try otherwise?(ctx) ?? .false
        }
    }

    private func compileForeach(_ name: String, _ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let spec = args.first else { throw error("\(name): expected (?var <multifield>)", e) }
        var slot: Int?
        var indexSlot: Int?
        let listExpr: Expression
        var bodyStart = 1
        if let items = spec.items, items.count == 2, case .variable(let v)? = items[0].atom {
            slot = scope.allocate(v)
            indexSlot = scope.allocate(v + "-index")
            listExpr = try compile(items[1], scope)
        } else if case .variable(let v)? = spec.atom, args.count >= 2 {
            // `(foreach ?var <multifield> <action>*)`
            slot = scope.allocate(v)
            indexSlot = scope.allocate(v + "-index")
            listExpr = try compile(args[1], scope)
            bodyStart = 2
        } else {
            listExpr = try compile(spec, scope)
        }
        let actions = try body(args.dropFirst(bodyStart), scope)
        let (itemSlot, positionSlot) = (slot, indexSlot)
        return Expression { ctx in
            let list = try listExpr(ctx).fields
            for (i, item) in list.enumerated() {
                if let itemSlot { ctx.frame[itemSlot] = item }
                if let positionSlot { ctx.frame[positionSlot] = .integer(i + 1) }
                if try !Compiler.runBody(actions, ctx) { break }
            }
            return .false
        }
    }

    private func compileBind(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let target = args.first else { throw error("bind: expected a variable", e) }
        let values = try compileAll(Array(args.dropFirst()), scope)
        let valueExpr: Expression
        switch values.count {
        // Without a value, a global gets its initial value back and a local variable is unbound.
        case 0:
            if case .globalVariable(let n)? = target.atom {
                let sym = Symbol(n)
                valueExpr = Expression { ctx in try ctx.session.initialValue(ofGlobal: sym) }
            } else {
                valueExpr = Expression(constant: .void)
            }
        case 1: valueExpr = values[0]
        default:
            valueExpr = Expression { ctx in
                var out: [Value] = []
                for v in values { out.append(contentsOf: try v(ctx).fields) }
                return .multifield(out)
            }
        }
        switch target.atom {
        case .globalVariable(let n)?:
            let sym = try visibleGlobal(n, target)
            return Expression { ctx in
                let v = try valueExpr(ctx)
                ctx.session.setGlobal(sym, v)
                return v
            }
        case .variable(let n)?, .multiVariable(let n)?:
            let slot: Int
            if case .frame(let s)? = scope.lookup(n) {
                slot = s
            } else if scope.allowsNewLocals {
                slot = scope.allocate(n)
            } else {
                throw error("bind: ?\(n) cannot be bound here", target)
            }
            return Expression { ctx in
                let v = try valueExpr(ctx)
                ctx.frame[slot] = v
                return v.isVoid ? .false : v
            }
        default:
            throw error("bind: expected a variable, found \(describe(target))", target)
        }
    }
}
