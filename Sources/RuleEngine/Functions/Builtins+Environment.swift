import Foundation

/// Commands that inspect or drive the session: `run`, `reset`, focus, strategies.
extension Builtins {
    static let environmentFunctions: [BuiltinFunction] = [
        fn("run", 0, 1) { args, ctx in
            let limit = try args.first.map { try Arg.integer($0, "run", 1) } ?? -1
            // CLIPS says so only for a limit of zero, not when a positive limit runs out.
            if limit == 0 { ctx.session.io.write("rule firing limit reached\n") }
            try ctx.session.run(limit: limit)
            return .void
        },
        fn("reset", 0, 0) { _, ctx in
            try ctx.session.reset()
            ctx.session.environment?.topLevelVariables.forget()
            return .void
        },
        fn("halt", 0, 0) { _, ctx in ctx.session.halt(); return .void },
        fn("exit", 0, 1) { _, ctx in
            ctx.session.halt()
            ctx.session.environment?.requestExit()
            throw ControlFlow.exit
        },
        fn("focus", 1, nil) { args, ctx in
            for m in args.reversed() { ctx.session.focus(Symbol(try Arg.lexeme(m, "focus", 1))) }
            return .true
        },
        fn("get-focus", 0, 0) { _, ctx in ctx.session.focusStack.last.map { .symbol($0) } ?? .false },
        fn("refresh", 1, 1) { args, ctx in
            let name = Symbol(try Arg.lexeme(args[0], "refresh", 1))
            guard let r = ctx.session.ruleBase.ruleIndex(lookingUp: name, from: ctx.session.currentModule) else {
                throw EngineError("refresh: there is no rule named \(name.name)")
            }
            ctx.session.refresh(rule: r)
            return .void
        },
        fn("list-focus-stack", 0, 0) { _, ctx in
            ctx.session.io.write(ctx.session.focusStack.reversed().map { $0.name + "\n" }.joined())
            return .void
        },
        fn("get-focus-stack", 0, 0) { _, ctx in .multifield(ctx.session.focusStack.reversed().map { .symbol($0) }) },
        fn("pop-focus", 0, 0) { _, ctx in
            let top = ctx.session.focusStack.last
            ctx.session.popFocus()
            return top.map { .symbol($0) } ?? .false
        },
        fn("clear-focus-stack", 0, 0) { _, ctx in
            while !ctx.session.focusStack.isEmpty { ctx.session.popFocus() }
            return .void
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
        fn("set-salience-evaluation", 1, 1) { args, ctx in
            let name = try Arg.lexeme(args[0], "set-salience-evaluation", 1)
            guard let mode = SalienceEvaluation(rawValue: name) else {
                throw EngineError("set-salience-evaluation: unknown behaviour '\(name)' (expected \(SalienceEvaluation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let old = ctx.session.settings.salienceEvaluation
            ctx.session.settings.salienceEvaluation = mode
            return .symbol(old.rawValue)
        },
        fn("get-salience-evaluation", 0, 0) { _, ctx in .symbol(ctx.session.settings.salienceEvaluation.rawValue) },
        fn("refresh-agenda", 0, 1) { args, ctx in
            switch try ListingScope(args, ctx, "refresh-agenda") {
            case .module(let m): ctx.session.refreshAgendas(m)
            case .all: ctx.session.refreshAgendas(nil)
            }
            return .void
        },
        fn("time", 0, 0) { _, _ in .float(Date().timeIntervalSince1970) },
        fn("release-mem", 0, 0) { _, _ in .integer(0) },
        fn("conserve-mem", 1, 1) { _, _ in .false },
    ]
        + onOffSetting("auto-float-dividend", \.settings.autoFloatDividend)
        + onOffSetting("sequence-operator-recognition", \.settings.recognizesSequenceOperator)
        + onOffSetting("dynamic-constraint-checking", \.settings.checksConstraintsDynamically)
        + onOffSetting("reset-globals", \.settings.resetsGlobals)
        + onOffSetting("fact-duplication", \.settings.allowsDuplicateFacts)

    /// `get-NAME` and `set-NAME` for a session setting that is on or off: anything but FALSE
    /// turns it on, and `set-` answers the old state.
    static func onOffSetting(_ name: String, _ setting: ReferenceWritableKeyPath<Session, Bool> & Sendable) -> [BuiltinFunction] {
        [
            fn("get-" + name, 0, 0) { _, ctx in .bool(ctx.session[keyPath: setting]) },
            fn("set-" + name, 1, 1) { args, ctx in
                let old = ctx.session[keyPath: setting]
                ctx.session[keyPath: setting] = args[0] != .false
                return .bool(old)
            },
        ]
    }
}
