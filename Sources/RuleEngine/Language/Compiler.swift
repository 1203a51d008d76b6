/// Turns parsed forms into expressions and constructs, growing a rule base: a copy of its own,
/// handed to sessions afterwards, or a session's own, in place (`init(session:)`).
final class Compiler {
    /// Nil when growing a session's.
    private var ownRuleBase: RuleBase?
    private unowned let session: Session?
    var currentModule: Symbol
    /// Whether a multifield variable among a call's arguments is spliced in as separate
    /// arguments, as `(expand$ $?x)` is (`set-sequence-operator-recognition`). As in CLIPS, it
    /// is decided when the call is compiled.
    var recognizesSequenceOperator = false
    /// What the code compiled so far names, kept with the construct it belongs to.
    var uses = ConstructUses()
    /// The globals of the `defglobal` being compiled, each usable by the ones after it.
    var globalsBeingDefined: [(name: Symbol, module: Symbol)] = []

    init(ruleBase: RuleBase, module: Symbol) {
        self.ownRuleBase = ruleBase
        self.session = nil
        self.currentModule = module
    }

    /// A compiler that grows `session`'s rule base in place: nothing is copied, so compiling a
    /// construct costs what it adds. The caller checkpoints the rule base first and rolls back
    /// to it if compiling fails (`RuleBase.Checkpoint`).
    init(session: Session, module: Symbol) {
        self.ownRuleBase = nil
        self.session = session
        self.currentModule = module
    }

    var ruleBase: RuleBase {
        _read {
            if let session { yield session.ruleBase } else { yield ownRuleBase! }
        }
        _modify {
            if let session { yield &session.ruleBase } else { yield &ownRuleBase! }
        }
    }

    /// The global `?*n*`, which code compiled in the current module may name only once it is
    /// defined, in this module or one it imports it from: CLIPS refuses the construct
    /// otherwise. Recorded among the construct's uses.
    func visibleGlobal(_ n: String, _ e: SExpr) throws -> Symbol {
        let name = Symbol(n)
        let owners = ruleBase.globals.filter { $0.name == name }.map(\.module) + globalsBeingDefined.filter { $0.name == name }.map(\.module)
        guard owners.contains(where: { ruleBase.isVisible("defglobal", name, owner: $0, in: currentModule) }) else {
            let where_ = owners.isEmpty ? "" : " in a module \(currentModule.name) imports it from"
            throw error("global variable ?*\(n)* is not defined\(where_): expected a defglobal before this", e)
        }
        uses.globals.insert(name)
        return name
    }

    func error(_ message: String, _ at: SExpr) -> EngineError {
        EngineError(message, at: at.location)
    }

    /// A fact's or pattern's head names a template visible here, never `MODULE::name`, which
    /// CLIPS refuses there (MODULDEF1).
    func checkFactHead(_ name: String, at: SExpr) throws {
        guard Symbol.split(Symbol(name)) == nil else {
            throw error("illegal use of the module specifier in '\(name)': a fact or pattern names its template without 'MODULE::'", at)
        }
    }

    /// The template of an ordered fact or pattern, created on first use as CLIPS does.
    func impliedTemplate(_ name: String, at: SExpr) throws -> Template {
        let sym = Symbol(name)
        if let t = ruleBase.template(named: sym, in: currentModule) { return t }
        if reservedHeads.contains(name) {
            throw error("'\(name)' cannot start a fact or pattern: it is a reserved word", at)
        }
        return ruleBase.defineImpliedTemplate(sym, in: currentModule)
    }

    private let reservedHeads: Set<String> = ["not", "and", "or", "test", "exists", "forall", "logical", "=", ":", "<-"]

    // MARK: expressions

    func compile(_ e: SExpr, _ scope: VariableScope) throws -> Expression {
        switch e.kind {
        case .atom(let a):
            return try compileAtom(a, e, scope)
        case .list(let items):
            guard let head = items.first else { throw error("empty expression '()': expected a function call", e) }
            guard let name = head.symbolName else {
                throw error("expected a function name after '(', found \(describe(head))", head)
            }
            return try compileCall(name, Array(items.dropFirst()), e, scope)
        }
    }

    func compileAll(_ es: [SExpr], _ scope: VariableScope) throws -> [Expression] {
        try es.map { try compile($0, scope) }
    }

    func constant(_ a: TokenKind) -> Value? {
        switch a {
        case .symbol(let s): return .symbol(Symbol(s))
        case .string(let s): return .string(s)
        case .integer(let i): return .integer(i)
        case .float(let d): return .float(d)
        default: return nil
        }
    }

    private func compileAtom(_ a: TokenKind, _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        if let v = constant(a) { return Expression(constant: v) }
        switch a {
        case .variable(let n), .multiVariable(let n):
            guard let x = try scope.expression(for: n) ?? compileSlotReference(n, e, scope) else {
                throw error("undefined variable ?\(n): it is not bound on the left-hand side or by bind", e)
            }
            return x
        case .globalVariable(let n):
            let sym = try visibleGlobal(n, e)
            let loc = e.location
            return Expression { ctx in
                guard let v = ctx.session.globals[sym] else {
                    throw EngineError("undefined global variable ?*\(n)*", at: loc)
                }
                return v
            }
        default:
            throw error("expected an expression, found \(describe(e))", e)
        }
    }

    func describe(_ e: SExpr) -> String {
        switch e.kind {
        case .list: return "a list"
        case .atom(let a):
            switch a {
            case .symbol(let s): return "'\(s)'"
            case .string(let s): return "\"\(s)\""
            case .integer(let i): return "\(i)"
            case .float(let d): return "\(d)"
            case .variable(let v): return "?\(v)"
            case .multiVariable(let v): return "$?\(v)"
            case .globalVariable(let v): return "?*\(v)*"
            case .wildcard: return "'?'"
            case .multiWildcard: return "'$?'"
            case .and: return "'&'"
            case .or: return "'|'"
            case .not: return "'~'"
            case .leftParen: return "'('"
            case .rightParen: return "')'"
            case .eof: return "end of input"
            }
        }
    }

    private func compileCall(_ name: String, _ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        if let special = try compileSpecialForm(name, args, e, scope) { return special }
        let loc = e.location
        if let uf = ruleBase.functions[Symbol(name)] {
            uses.functions.insert(uf.name)
            let compiled = try compileArgumentList(args, scope)
            // With spliced arguments only too many fixed ones are known now; `call` counts the rest.
            let known = compiled.contains(where: \.spliced) ? compiled.count { !$0.spliced } : nil
            if let known, !uf.hasWildcard && known > uf.parameterCount { throw error(uf.arityMismatch(known), e) }
            if known == nil && !uf.accepts(args.count) { throw error(uf.arityMismatch(args.count), e) }
            let arguments = evaluating(compiled)
            return Expression { ctx in try ctx.session.call(uf, at: loc) { try arguments(ctx) } }
        }
        guard let b = Builtins.table[name] else {
            throw error("unknown function '\(name)': expected a built-in function or a deffunction", e.items?.first ?? e)
        }
        if let signature = b.signature { try checkArgumentTypes(name, args, signature) }
        let compiled = try compileArgumentList(args, scope)
        // Spliced arguments are counted when they are known: a call with none is checked now.
        let splices = compiled.contains(where: \.spliced)
        if !b.accepts(args.count) && !(splices && b.maxArgs.map { compiled.count { !$0.spliced } <= $0 } ?? true) {
            throw error(b.arityMismatch(name, args.count), e)
        }
        let arguments = evaluating(compiled)
        let body = b.body
        let general = Expression { ctx in
            let values = try arguments(ctx)
            if splices && !b.accepts(values.count) { throw EngineError(b.arityMismatch(name, values.count), at: loc) }
            return try Compiler.located(loc, ctx) { try body(values, ctx) }
        }
        if let op = b.comparison, let direct = compileComparison(op, args, scope, otherwise: general) { return direct }
        if let binary = b.binary, compiled.count == 2, !compiled.contains(where: \.spliced) {
            let x = compiled[0].expression, y = compiled[1].expression
            return Expression { ctx in
                let (a, b) = (try x(ctx), try y(ctx))
                return try Compiler.located(loc, ctx) { try binary(a, b) }
            }
        }
        return general
    }

    /// Runs a built-in's body; an error it raises, or reports and goes on from, without a place
    /// gets the call's.
    @inline(__always) private static func located(_ loc: SourceLocation?, _ ctx: Context, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch var err as EngineError where err.location == nil {
            err.location = loc
            throw err
        } catch let reported as ReportedErrors {
            for var err in reported.errors {
                if err.location == nil { err.location = loc }
                ctx.session.environment?.report(err)
            }
            if var fatal = reported.fatal {
                if fatal.location == nil { fatal.location = loc }
                throw fatal
            }
            return reported.result
        }
    }

    /// `(< ?a ?b)`, `(eq ?x red)` and the like, on two variables or constants: the commonest
    /// join tests (sudoku's), evaluated without the argument closures and array of a general
    /// call. Values the comparison refuses go to `general`, which reports the error.
    private func compileComparison(_ op: Comparison, _ args: [SExpr], _ scope: VariableScope,
                                   otherwise general: Expression) -> Expression? {
        guard args.count == 2, let a = source(of: args[0], scope), let b = source(of: args[1], scope) else { return nil }
        return Expression { ctx in
            if let holds = op.holds(a.value(ctx), b.value(ctx)) { return .bool(holds) }
            return try general(ctx)
        }
    }

    /// Where a plain variable or constant argument is read from; nil for anything else.
    private func source(of e: SExpr, _ scope: VariableScope) -> ValueSource? {
        guard case .atom(let a) = e.kind else { return nil }
        if let v = constant(a) { return .constant(v) }
        if case .variable(let n) = a { return scope.source(for: n) }
        return nil
    }


    typealias Argument = (expression: Expression, spliced: Bool)

    /// A call's arguments; an `(expand$ <multifield>)` argument (or `$?x`, when the sequence
    /// operator is recognised) is spliced in as separate
    /// arguments.
    func compileArgumentList(_ args: [SExpr], _ scope: VariableScope) throws -> [Argument] {
        try args.map { arg in
            if arg.isExpansion { return (try compile(arg.items![1], scope), true) }
            if recognizesSequenceOperator, case .atom(.multiVariable) = arg.kind { return (try compile(arg, scope), true) }
            return (try compile(arg, scope), false)
        }
    }

    private func evaluating(_ compiled: [Argument]) -> @Sendable (Context) throws -> [Value] {
        { ctx in
            var values: [Value] = []
            values.reserveCapacity(compiled.count)
            for (expression, spliced) in compiled {
                let v = try expression(ctx)
                if spliced { values.append(contentsOf: v.fields) } else { values.append(v) }
            }
            return values
        }
    }
}

extension SExpr {
    /// `(expand$ <multifield>)` as a call's argument: its fields become separate arguments.
    var isExpansion: Bool {
        guard let items, items.count == 2 else { return false }
        return items[0].symbolName == "expand$"
    }
}
