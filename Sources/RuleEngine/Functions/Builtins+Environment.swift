/// Commands that inspect or drive the session: `run`, `facts`, `agenda`, `watch`, focus.
extension Builtins {
    static let watchItems = ["facts", "rules", "activations", "focus", "statistics", "compilations", "globals", "deffunctions", "all"]

    static func setWatch(_ args: [Value], _ ctx: Context, _ on: Bool) throws -> Value {
        let item = try Arg.lexeme(args[0], on ? "watch" : "unwatch", 1)
        var w = ctx.session.watch
        switch item {
        case "facts": w.facts = on
        case "rules": w.rules = on
        case "activations": w.activations = on
        case "focus": w.focus = on
        case "statistics": w.statistics = on
        case "compilations": w.compilations = on
        case "globals": w.globals = on
        case "deffunctions": w.deffunctions = on
        case "all":
            w = WatchSettings()
            w.facts = on; w.rules = on; w.activations = on; w.focus = on; w.statistics = on
            w.compilations = on; w.globals = on; w.deffunctions = on
        default:
            throw EngineError("\(on ? "watch" : "unwatch"): unknown item '\(item)' (expected one of \(watchItems.joined(separator: ", ")))")
        }
        ctx.session.watch = w
        return .false
    }

    static func plural(_ n: Int, _ word: String) -> String {
        "For a total of \(n) \(word)\(n == 1 ? "" : "s").\n"
    }

    static let environmentFunctions: [BuiltinFunction] = [
        fn("run", 0, 1) { args, ctx in
            let limit = try args.first.map { try Arg.integer($0, "run", 1) } ?? -1
            let fired = try ctx.session.run(limit: limit)
            if ctx.session.watch.statistics { ctx.session.io.write("\(fired) rules fired\n") }
            return .false
        },
        fn("reset", 0, 0) { _, ctx in try ctx.session.reset(); return .false },
        fn("halt", 0, 0) { _, ctx in ctx.session.halt(); return .false },
        fn("exit", 0, 1) { _, ctx in
            ctx.session.halt()
            ctx.session.environment?.requestExit()
            return .false
        },
        fn("watch", 1, 1) { args, ctx in try setWatch(args, ctx, true) },
        fn("unwatch", 1, 1) { args, ctx in try setWatch(args, ctx, false) },
        fn("facts", 0, 4) { args, ctx in
            var numbers = args
            if let first = numbers.first, case .symbol = first { numbers.removeFirst() }
            let start = try numbers.count > 0 ? Arg.integer(numbers[0], "facts", 1) : 0
            let end = try numbers.count > 1 ? Arg.integer(numbers[1], "facts", 2) : Int.max
            let limit = try numbers.count > 2 ? Arg.integer(numbers[2], "facts", 3) : Int.max
            var shown = 0
            var out = ""
            for f in ctx.session.facts where f.index >= start && f.index <= end && shown < limit {
                out += "f-\(f.index)".leftJustified(8) + f.displayText + "\n"
                shown += 1
            }
            if shown > 0 { out += plural(shown, "fact") }
            ctx.session.io.write(out)
            return .false
        },
        fn("agenda", 0, 1) { args, ctx in
            let s = ctx.session
            let module = args.first.flatMap(\.lexeme).map { Symbol($0) } ?? s.currentModule
            let items = s.agenda(module).items
            var out = ""
            for a in items { out += s.describe(a) + "\n" }
            if !items.isEmpty { out += plural(items.count, "activation") }
            s.io.write(out)
            return .false
        },
        fn("rules", 0, 1) { args, ctx in
            let s = ctx.session
            let module = args.first.flatMap(\.lexeme).map { Symbol($0) } ?? s.currentModule
            let names = s.ruleBase.liveRules.filter { $0.module == module }.map { $0.name.name }
            var out = names.map { $0 + "\n" }.joined()
            if !names.isEmpty { out += plural(names.count, "defrule") }
            s.io.write(out)
            return .false
        },
        fn("list-deftemplates", 0, 1) { _, ctx in
            let s = ctx.session
            let names = s.ruleBase.templates.filter { s.ruleBase.template(named: $0.name) === $0 && $0.module == s.currentModule }.map { $0.name.name }
            s.io.write(names.map { $0 + "\n" }.joined() + (names.isEmpty ? "" : plural(names.count, "deftemplate")))
            return .false
        },
        fn("list-deffunctions", 0, 1) { _, ctx in
            let names = ctx.session.ruleBase.functionOrder.map(\.name)
            ctx.session.io.write(names.map { $0 + "\n" }.joined() + (names.isEmpty ? "" : plural(names.count, "deffunction")))
            return .false
        },
        fn("list-deffacts", 0, 1) { _, ctx in
            let names = ctx.session.ruleBase.deffacts.map(\.name.name)
            ctx.session.io.write(names.map { $0 + "\n" }.joined() + (names.isEmpty ? "" : plural(names.count, "deffacts")))
            return .false
        },
        fn("list-defglobals", 0, 1) { _, ctx in
            let names = ctx.session.ruleBase.globals.map(\.name.name)
            ctx.session.io.write(names.map { $0 + "\n" }.joined() + (names.isEmpty ? "" : plural(names.count, "defglobal")))
            return .false
        },
        fn("focus", 1, nil) { args, ctx in
            for m in args.reversed() { ctx.session.focus(Symbol(try Arg.lexeme(m, "focus", 1))) }
            return .true
        },
        fn("get-focus", 0, 0) { _, ctx in ctx.session.focusStack.last.map { .symbol($0) } ?? .false },
        fn("get-focus-stack", 0, 0) { _, ctx in .multifield(ctx.session.focusStack.reversed().map { .symbol($0) }) },
        fn("pop-focus", 0, 0) { _, ctx in
            let top = ctx.session.focusStack.last
            ctx.session.popFocus()
            return top.map { .symbol($0) } ?? .false
        },
        fn("clear-focus-stack", 0, 0) { _, ctx in
            while !ctx.session.focusStack.isEmpty { ctx.session.popFocus() }
            return .false
        },
        fn("get-current-module", 0, 0) { _, ctx in .symbol(ctx.session.currentModule) },
        fn("set-current-module", 1, 1) { args, ctx in
            let old = ctx.session.currentModule
            ctx.session.currentModule = Symbol(try Arg.lexeme(args[0], "set-current-module", 1))
            return .symbol(old)
        },
        fn("set-strategy", 1, 1) { args, ctx in
            let name = try Arg.lexeme(args[0], "set-strategy", 1)
            guard let s = Strategy(rawValue: name) else {
                throw EngineError("set-strategy: unknown strategy '\(name)' (expected \(Strategy.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let old = ctx.session.strategy
            ctx.session.setStrategy(s)
            return .symbol(old.rawValue)
        },
        fn("get-strategy", 0, 0) { _, ctx in .symbol(ctx.session.strategy.rawValue) },
        fn("set-salience-evaluation", 1, 1) { _, _ in .symbol("when-defined") },
        fn("get-salience-evaluation", 0, 0) { _, _ in .symbol("when-defined") },
        fn("release-mem", 0, 0) { _, _ in .integer(0) },
        fn("conserve-mem", 1, 1) { _, _ in .false },
        fn("set-reset-globals", 1, 1) { _, _ in .true },
    ]
}
