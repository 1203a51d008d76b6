import Foundation

/// Facts as values: slots, indices, retraction, duplication, saving and loading.
extension Builtins {
    static let factFunctions: [BuiltinFunction] = [
        fn("retract", 1, nil) { args, ctx in
            var missing: [EngineError] = []
            do {
                for v in args {
                    if case .symbol(let s) = v, s.name == "*" {
                        for f in ctx.session.facts { try ctx.session.retractFact(f) }
                        continue
                    }
                    // Said but not fatal, as in CLIPS: the other facts are still retracted and a
                    // rule's actions go on.
                    if case .integer(let i) = v, ctx.session.fact(index: i) == nil {
                        missing.append(EngineError("retract: there is no fact f-\(i)"))
                        continue
                    }
                    if case .fact(let f) = v, !ctx.session.contains(f) { continue }
                    try ctx.session.retractFact(try ctx.session.resolveFact(v, function: "retract"))
                }
            } catch let fatal as EngineError where !missing.isEmpty {
                throw ReportedErrors(errors: missing, result: .void, fatal: fatal)
            }
            if !missing.isEmpty { throw ReportedErrors(errors: missing, result: .void) }
            return .void
        },
        fn("fact-slot-value", 2, 2) { args, ctx in
            let f = try ctx.session.resolveFact(args[0], function: "fact-slot-value")
            let slot = Symbol(try Arg.lexeme(args[1], "fact-slot-value", 2))
            if f.template.isImplied && slot.name == "implied" { return f.slots[0] }
            guard let v = f.value(ofSlot: slot), !f.template.isImplied else {
                throw EngineError("fact-slot-value: \(f.template.name.name) has no slot \(slot.name)")
            }
            return v
        },
        fn("fact-slot-names", 1, 1) { args, ctx in
            let f = try ctx.session.resolveFact(args[0], function: "fact-slot-names")
            return .multifield(f.template.slots.map { .symbol($0.name) })
        },
        fn("fact-relation", 1, 1) { args, ctx in
            .symbol(try ctx.session.resolveFact(args[0], function: "fact-relation").template.name)
        },
        fn("get-fact-list", 0, 1) { args, ctx in
            let session = ctx.session, scope = try ListingScope(args, ctx, "get-fact-list")
            return .multifield(session.facts.filter { scope.sees($0.template, in: session.ruleBase) }.map { .fact($0) })
        },
        fn("fact-index", 1, 1) { args, ctx in
            guard case .fact(let f) = args[0] else { throw EngineError("fact-index: expected a fact address, got \(args[0].displayText)") }
            return .integer(f.index)
        },
        fn("fact-existp", 1, 1) { args, ctx in
            switch args[0] {
            case .fact(let f): return .bool(ctx.session.contains(f))
            case .integer(let i): return .bool(ctx.session.fact(index: i) != nil)
            default: throw EngineError("fact-existp: expected a fact address or index, got \(args[0].displayText)")
            }
        },
        fn("assert-string", 1, 1) { args, ctx in
            try ctx.session.assertString(try Arg.lexeme(args[0], "assert-string", 1)).map { .fact($0) } ?? .false
        },
        fn("gensym", 0, 0) { _, ctx in
            defer { ctx.session.gensymCounter &+= 1 }  // wraps, as CLIPS's counter does
            return .symbol("gen\(ctx.session.gensymCounter)")
        },
        fn("gensym*", 0, 0) { _, ctx in
            while true {
                let s = "gen\(ctx.session.gensymCounter)"
                ctx.session.gensymCounter &+= 1
                if !SymbolTable.shared.contains(s) { return .symbol(s) }
            }
        },
        fn("setgen", 1, 1) { args, ctx in
            ctx.session.gensymCounter = try Arg.integer(args[0], "setgen", 1)
            return args[0]
        },
        fn("save-facts", 1, nil) { args, ctx in
            let path = try Arg.lexeme(args[0], "save-facts", 1)
            let text = ctx.session.facts
                .map { $0.displayText + "\n" }.joined()
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch { return .false }
            return .true
        },
        fn("load-facts", 1, 1) { args, ctx in
            let path = try Arg.lexeme(args[0], "load-facts", 1)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ReportedErrors(errors: [EngineError("load-facts: cannot open file \(path)")], result: .false)
            }
            var reader = Reader(text, file: path)
            while let form = try reader.read() {
                let compiler = Compiler(ruleBase: ctx.session.ruleBase, module: ctx.session.currentModule)
                let spec = try compiler.compileFactSpec(form, VariableScope())
                ctx.session.adoptTemplates(from: compiler.ruleBase)
                try spec.assert(ctx, at: form.location)
            }
            return .true
        },
    ]
}
