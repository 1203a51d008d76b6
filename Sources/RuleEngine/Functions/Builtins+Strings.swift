/// Strings and symbols.
extension Builtins {
    static let stringFunctions: [BuiltinFunction] = [
        fn("str-cat", 0, nil) { args, _ in .string(args.map(Arg.text).joined()) },
        fn("sym-cat", 0, nil) { args, _ in .symbol(args.map(Arg.text).joined()) },
        fn("str-length", 1, 1) { args, _ in .integer(try Arg.lexeme(args[0], "str-length", 1).utf8.count) },
        fn("upcase", 1, 1) { args, _ in try mapLexeme(args[0], "upcase") { $0.uppercased() } },
        fn("lowcase", 1, 1) { args, _ in try mapLexeme(args[0], "lowcase") { $0.lowercased() } },
        fn("sub-string", 3, 3) { args, _ in
            let start = try Arg.integer(args[0], "sub-string", 1), end = try Arg.integer(args[1], "sub-string", 2)
            let bytes = Array(try Arg.lexeme(args[2], "sub-string", 3).utf8)
            let lo = max(start, 1), hi = min(end, bytes.count)
            guard lo <= hi else { return .string("") }
            return .string(String(decoding: bytes[(lo - 1)..<hi], as: UTF8.self))
        },
        fn("str-index", 2, 2) { args, _ in
            let needle = Array(try Arg.lexeme(args[0], "str-index", 1).utf8)
            let hay = Array(try Arg.lexeme(args[1], "str-index", 2).utf8)
            // CLIPS finds the empty string just past the end.
            if needle.isEmpty { return .integer(hay.count + 1) }
            guard hay.count >= needle.count else { return .false }
            for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
                return .integer(i + 1)
            }
            return .false
        },
        fn("str-compare", 2, 3) { args, _ in
            var a = try Arg.lexeme(args[0], "str-compare", 1), b = try Arg.lexeme(args[1], "str-compare", 2)
            if args.count == 3 {
                let n = try Arg.integer(args[2], "str-compare", 3)
                a = String(a.utf8.prefix(n))!
                b = String(b.utf8.prefix(n))!
            }
            let ua = Array(a.utf8), ub = Array(b.utf8)
            return .integer(ua == ub ? 0 : (ua.lexicographicallyPrecedes(ub) ? -1 : 1))
        },
        fn("string-to-field", 1, 1) { args, _ in
            var lexer = Lexer(try Arg.lexeme(args[0], "string-to-field", 1), file: "string-to-field")
            return fieldValue(try lexer.next())
        },
        fn("eval", 1, 1) { args, ctx in
            try ctx.session.evaluate(try Arg.lexeme(args[0], "eval", 1))
        },
        fn("build", 1, 1) { args, ctx in
            guard let env = ctx.session.environment else { return .false }
            return .bool(env.build(try Arg.lexeme(args[0], "build", 1)))
        },
    ]

    static func mapLexeme(_ v: Value, _ name: String, _ f: (String) -> String) throws -> Value {
        switch v {
        case .symbol(let s): return .symbol(f(s.name))
        case .string(let s): return .string(f(s))
        default: throw EngineError("\(name): argument 1 must be a symbol or string, got \(v.displayText)")
        }
    }

    /// The value one token stands for, as `read` and `string-to-field` return it.
    static func fieldValue(_ t: Token) -> Value {
        switch t.kind {
        case .symbol(let s): return .symbol(s)
        case .string(let s): return .string(s)
        case .integer(let i): return .integer(i)
        case .float(let d): return .float(d)
        case .eof: return .symbol("EOF")
        case .variable(let v): return .symbol("?" + v)
        case .multiVariable(let v): return .symbol("$?" + v)
        case .globalVariable(let v): return .symbol("?*\(v)*")
        case .wildcard: return .symbol("?")
        case .multiWildcard: return .symbol("$?")
        case .leftParen: return .symbol("(")
        case .rightParen: return .symbol(")")
        case .and: return .symbol("&")
        case .or: return .symbol("|")
        case .not: return .symbol("~")
        }
    }
}
