/// Strings and symbols. As in CLIPS, lengths and positions count characters (Unicode scalars,
/// which CLIPS counts as UTF-8 sequences), while case changes and comparisons work on bytes,
/// so only ASCII letters change case.
extension Builtins {
    static let stringFunctions: [BuiltinFunction] = [
        fn("str-cat", 1, nil) { args, _ in .string(args.map(Arg.text).joined()) },
        fn("sym-cat", 1, nil) { args, _ in .symbol(args.map(Arg.text).joined()) },
        fn("str-length", 1, 1) { args, _ in .integer(try Arg.lexeme(args[0], "str-length", 1).unicodeScalars.count) },
        fn("upcase", 1, 1) { args, _ in try mapLexeme(args[0], "upcase") { asciiCase($0, from: UInt8(ascii: "a")) } },
        fn("lowcase", 1, 1) { args, _ in try mapLexeme(args[0], "lowcase") { asciiCase($0, from: UInt8(ascii: "A")) } },
        fn("sub-string", 3, 3) { args, _ in
            let start = try Arg.integer(args[0], "sub-string", 1), end = try Arg.integer(args[1], "sub-string", 2)
            let scalars = Array(try Arg.lexeme(args[2], "sub-string", 3).unicodeScalars)
            let lo = max(start, 1), hi = min(end, scalars.count)
            guard lo <= hi else { return .string("") }
            return .string(String(String.UnicodeScalarView(scalars[(lo - 1)..<hi])))
        },
        fn("str-index", 2, 2) { args, _ in
            let needle = Array(try Arg.lexeme(args[0], "str-index", 1).unicodeScalars)
            let hay = Array(try Arg.lexeme(args[1], "str-index", 2).unicodeScalars)
            // CLIPS finds the empty string just past the end.
            if needle.isEmpty { return .integer(hay.count + 1) }
            guard hay.count >= needle.count else { return .false }
            for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle {
                return .integer(i + 1)
            }
            return .false
        },
        fn("str-compare", 2, 3) { args, _ in
            // At most that many bytes, as C's strncmp compares; a negative count, which strncmp
            // reads as a huge one, compares them whole.
            let count = args.count == 3 ? try Arg.integer(args[2], "str-compare", 3) : -1
            let limit = count >= 0 ? count : Int.max
            let a = Array(try Arg.lexeme(args[0], "str-compare", 1).utf8.prefix(limit))
            let b = Array(try Arg.lexeme(args[1], "str-compare", 2).utf8.prefix(limit))
            return .integer(a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1))
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

    /// `text` with the ASCII letters from `first` (`a` or `A`) through the 25 after it switched
    /// to the other case, as C's `toupper`/`tolower` do in CLIPS; other bytes stay.
    static func asciiCase(_ text: String, from first: UInt8) -> String {
        let shift = first == UInt8(ascii: "a") ? -32 : 32
        return String(decoding: text.utf8.map { $0 >= first && $0 < first + 26 ? UInt8(Int($0) + shift) : $0 }, as: UTF8.self)
    }

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
