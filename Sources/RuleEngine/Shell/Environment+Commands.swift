import Foundation

/// Top-level forms: constructs and the commands that change the program itself.
extension Environment {
    static let constructs: Set<String> = ["defrule", "deftemplate", "deffacts", "deffunction", "defglobal", "defmodule"]

    /// Runs a top-level form; returns its value for expressions, nil for constructs. In the
    /// command loop (the prompt, `-f`, `batch`), variables it binds last to the next command; in
    /// `-f2`, `batch*` and `load`, as in CLIPS, they do not.
    func evaluateTopLevel(_ form: SExpr, source: String, inCommandLoop: Bool) throws -> Value? {
        if let head = form.head, Environment.constructs.contains(head) {
            try define(form, head: head, source: source)
            return nil
        }
        if let head = form.head, let items = form.items {
            switch head {
            case "load", "load*": return .bool(try loadCommand(items, quiet: head == "load*"))
            case "batch", "batch*": return .bool(try batchCommand(items, echo: head == "batch"))
            case "clear": clear(); return nil
            case _ where Environment.constructCommands.contains(head): return try constructCommand(head, items)
            default: break
            }
        }
        let compiler = Compiler(ruleBase: session.ruleBase, module: session.currentModule)
        compiler.recognizesSequenceOperator = session.settings.recognizesSequenceOperator
        let scope = inCommandLoop ? topLevelVariables.scope() : VariableScope(allowsNewLocals: true)
        let expr = try compiler.compile(form, scope)
        session.adoptTemplates(from: compiler.ruleBase)
        let ctx = Context(session: session, frameSize: scope.frameSize)
        guard inCommandLoop else { return try expr(ctx) }
        topLevelVariables.fill(ctx, for: scope)
        let generation = topLevelVariables.generation
        defer { topLevelVariables.keep(scope, from: ctx, ifStill: generation) }
        return try expr(ctx)
    }

    /// Compiles a construct into the rule base and brings the session up to date. The construct
    /// is compiled into the session's rule base in place; if it fails, the rule base goes back to
    /// how it was before it.
    func define(_ form: SExpr, head: String, source: String) throws {
        if let module = Environment.qualifyingModule(form, head: head), session.ruleBase.module(named: module) != nil {
            session.currentModule = module
        }
        let mark = session.ruleBase.checkpoint()
        let defined: Defined
        do {
            defined = try compile(form, head: head, source: source)
        } catch {
            session.ruleBase.rollBack(to: mark)
            throw error
        }
        session.ruleBase.placeAlphaNodes(since: mark)
        // Announced before the session catches up, so a new rule's activations follow its line.
        if defined.redefines && loadDepth > 0 && !loadsQuietly && session.watch.compilations {
            session.io.write("\n[CSTRCPSR1] WARNING: Redefining \(head): \(defined.names[0].1)\(defined.trace)\n")
        } else {
            announce(defined.names, trace: defined.trace)
        }
        try session.catchUp(since: mark)
    }

    /// What a construct defined, for `load` to announce.
    private struct Defined {
        /// Kind and name of each construct defined (several for one `defglobal`).
        var names: [(String, String)]
        /// A rule's join trace, for `watch compilations`.
        var trace = ""
        /// Whether a rule or module of the same name existed; CLIPS warns instead of announcing.
        var redefines = false
    }

    private func compile(_ form: SExpr, head: String, source: String) throws -> Defined {
        let compiler = Compiler(session: session, module: session.currentModule)
        compiler.recognizesSequenceOperator = session.settings.recognizesSequenceOperator
        let evaluate: (Expression) throws -> Value = { [session] e in try e(session.context) }
        switch head {
        case "defrule":
            let (rule, traces) = try compiler.compileRule(form, sourceText: source, evaluate: evaluate)
            let redefines = compiler.install(rule).replaced != nil
            compiler.keepUses("defrule", rule.module, rule.name)
            return Defined(names: [(head, rule.name.name)],
                           trace: " " + traces.map { $0.map { $0 ? "+j" : "=j" }.joined() }.joined(separator: "\n"),
                           redefines: redefines)
        case "deftemplate":
            let t = try compiler.compileTemplate(form, sourceText: source, evaluate: evaluate)
            compiler.keepUses(head, t.module, t.name)
            return Defined(names: [(head, t.name.name)])
        case "deffacts":
            let d = try compiler.compileDeffacts(form, sourceText: source)
            compiler.ruleBase.deffacts.removeAll { $0.name == d.name }
            compiler.ruleBase.deffacts.append(d)
            compiler.keepUses(head, d.module, d.name)
            return Defined(names: [(head, d.name.name)])
        case "deffunction":
            let f = try compiler.compileFunction(form, sourceText: source)
            compiler.keepUses(head, f.module, f.name)
            return Defined(names: [(head, f.name.name)])
        case "defglobal":
            let globals = try compiler.compileGlobals(form)
            for g in globals {
                compiler.ruleBase.globals.removeAll { $0.name == g.name }
                compiler.ruleBase.globals.append(g)
                compiler.keepUses(head, g.module, g.name)
                session.globals[g.name] = try g.initial(session.context)
            }
            return Defined(names: globals.map { (head, $0.name.name) })
        default:
            let m = try compiler.compileModule(form, sourceText: source)
            var redefines = false
            if let i = compiler.ruleBase.modules.firstIndex(where: { $0.name == m.name }) {
                compiler.ruleBase.modules[i] = m
                redefines = true
            } else {
                compiler.ruleBase.modules.append(m)
            }
            session.currentModule = m.name
            return Defined(names: [(head, m.name.name)], redefines: redefines)
        }
    }

    /// The module a construct names for itself (`X::r`, `(defglobal X ...)`); CLIPS makes it
    /// the current module.
    private static func qualifyingModule(_ form: SExpr, head: String) -> Symbol? {
        guard head != "defmodule", let items = form.items, items.count > 1, let name = items[1].symbolName else { return nil }
        if head == "defglobal" { return Symbol(name) }
        return Symbol.split(Symbol(name))?.0
    }

    /// What `load` prints per construct: a progress character, or a line under
    /// `watch compilations`; `load*` prints nothing.
    private func announce(_ defined: [(String, String)], trace: String = "") {
        guard loadDepth > 0, !loadsQuietly else { return }
        for (kind, name) in defined {
            if session.watch.compilations {
                session.io.write("Defining \(kind): \(name)\(kind == "defrule" ? trace : "")\n")
            } else {
                let marks = ["deftemplate": "%", "deffacts": "$", "defrule": "*", "deffunction": "!", "defglobal": ":", "defmodule": "+"]
                session.io.write(marks[kind] ?? "")
                progressPrinted = true
            }
        }
    }

    func fileArgument(_ items: [SExpr], _ command: String) throws -> String {
        guard items.count == 2, let name = items[1].atom.flatMap({ a -> String? in
            if case .string(let s) = a { return s }
            if case .symbol(let s) = a { return s }
            return nil
        }) else {
            throw EngineError("\(command): expected one file name", at: items[0].location)
        }
        return name
    }

    /// `(load "file")`: defines every construct in the file. Commands are not allowed in a
    /// loaded file; each one is reported and skipped.
    func loadCommand(_ items: [SExpr], quiet: Bool) throws -> Bool {
        let path = try fileArgument(items, "load")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw EngineError("load: cannot open file \(path)", at: items[1].location)
        }
        let wasQuiet = loadsQuietly
        loadsQuietly = quiet
        loadDepth += 1
        defer {
            loadDepth -= 1
            loadsQuietly = wasQuiet
            if loadDepth == 0 && progressPrinted { session.io.write("\n") }
            if loadDepth == 0 { progressPrinted = false }
        }
        var reader = Reader(text, file: path)
        var ok = true
        while !exitRequested {
            let start = reader.lexer.offset
            let form: SExpr?
            do { form = try reader.read() } catch let e as EngineError { reportError(e); return false }
            guard let form else { break }
            guard let head = form.head, Environment.constructs.contains(head) else {
                var e = EngineError("expected a construct (defrule, deftemplate, deffacts, deffunction, defglobal, defmodule) in a loaded file, found \(form.sourceText.prefix(40))", at: form.location)
                e.sourceLine = reader.lexer.sourceLine(form.location.line)
                reportError(e)
                ok = false
                continue
            }
            let source = reader.lexer.trimmedText(from: start, to: reader.lexer.offset)
            do {
                try define(form, head: head, source: source)
            } catch var e as EngineError {
                if e.sourceLine == nil, let loc = e.location, loc.file == path { e.sourceLine = reader.lexer.sourceLine(loc.line) }
                reportError(e)
                ok = false
            }
        }
        return ok
    }

    /// `(batch "file")`: runs the file's forms as if typed at the prompt; from inside a batch
    /// file, once that file is done. `(batch* "file")` runs them at once, without echo.
    func batchCommand(_ items: [SExpr], echo: Bool) throws -> Bool {
        let path = try fileArgument(items, "batch")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw EngineError("batch: cannot open file \(path)", at: items[1].location)
        }
        if echo { runBatch(text, file: path, echo: true) } else { run(text, file: path) }
        return true
    }

    /// `(clear)`: forgets every construct and fact. The settings stay, as in CLIPS: watch
    /// items, the strategy, and what the other `set-...` commands chose.
    func clear() {
        let old = session
        session = Session(ruleBase: RuleBase(), io: old.io)
        session.interrupt = old.interrupt
        session.watch = old.watch
        session.watch.forgetNamedConstructs()
        session.maxFiringsPerRun = old.maxFiringsPerRun
        session.setStrategy(old.strategy)
        session.settings = old.settings
        session.environment = self
        try? session.reset()
        topLevelVariables.forget()
    }
}
