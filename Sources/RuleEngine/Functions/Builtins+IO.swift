import Foundation

/// Output to routers (`t` and open files) and input from standard input or files.
extension Builtins {
    /// How `printout` writes one argument: `crlf`, `tab`, `vtab` and `ff` are control
    /// characters, anything else its printed form.
    static func printoutText(_ v: Value) -> String {
        if case .symbol(let s) = v {
            switch s.name {
            case "crlf": return "\n"
            case "tab": return "\t"
            case "vtab": return "\u{0B}"
            case "ff": return "\u{0C}"
            default: break
            }
        }
        return v.printoutText
    }

    static let ioFunctions: [BuiltinFunction] = [
        // Compiled as a special form; this entry serves calls named at run time (`funcall`).
        fn("printout", 1, nil) { args, ctx in
            try ctx.session.write(args.dropFirst().map(printoutText).joined(), to: args[0])
            return .void
        },
        fn("format", 2, nil) { args, ctx in
            let spec = try Arg.lexeme(args[1], "format", 2)
            let text = try Formatter.format(spec, Array(args.dropFirst(2)))
            if args[0] != .nil { try ctx.session.write(text, to: args[0]) }
            return .string(text)
        },
        fn("read", 0, 1) { args, ctx in
            let t = try ctx.session.readToken(from: args.first)
            switch t.kind {
            case .symbol, .string, .integer, .float, .eof: return fieldValue(t)
            // What cannot be a constant (`?x`, `(`, `&`...) comes back as a string.
            default: return .string(fieldValue(t).printoutText)
            }
        },
        fn("readline", 0, 1) { args, ctx in
            guard let line = try ctx.session.readLine(from: args.first) else { return .symbol("EOF") }
            return .string(line)
        },
        fn("open", 2, 3) { args, ctx in
            let path = try Arg.lexeme(args[0], "open", 1)
            let name = try Arg.lexeme(args[1], "open", 2)
            let mode = args.count == 3 ? try Arg.lexeme(args[2], "open", 3) : "r"
            return .bool(ctx.session.openFile(path, as: name, mode: mode))
        },
        fn("close", 0, 1) { args, ctx in
            .bool(ctx.session.closeFile(args.first.flatMap(\.lexeme)))
        },
        fn("dribble-on", 1, 1) { args, ctx in
            .bool(ctx.session.environment?.startDribble(to: try Arg.lexeme(args[0], "dribble-on", 1)) ?? false)
        },
        // TRUE even when no transcript was under way, as CLIPS 6.30 answers.
        fn("dribble-off", 0, 0) { _, ctx in ctx.session.environment?.stopDribble(); return .true },
        // As C's remove and rename, which CLIPS calls: a file or an empty directory goes, and
        // rename replaces a file already at the new name.
        fn("remove", 1, 1) { args, _ in .bool(Foundation.remove(try Arg.lexeme(args[0], "remove", 1)) == 0) },
        fn("rename", 2, 2) { args, _ in
            .bool(Foundation.rename(try Arg.lexeme(args[0], "rename", 1), try Arg.lexeme(args[1], "rename", 2)) == 0)
        },
    ]
}

/// CLIPS's `format` directives: C-like `%d %f %e %g %s %c %x %o` with flags and widths, `%n`
/// for a newline, `%%` for a percent sign.
enum Formatter {
    static func format(_ spec: String, _ args: [Value]) throws -> String {
        var out = ""
        var i = spec.startIndex
        var argIndex = 0
        while i < spec.endIndex {
            let c = spec[i]
            guard c == "%" else { out.append(c); i = spec.index(after: i); continue }
            var j = spec.index(after: i)
            var flags = ""
            while j < spec.endIndex, "-+ #0.0123456789".contains(spec[j]) { flags.append(spec[j]); j = spec.index(after: j) }
            guard j < spec.endIndex else { out += "%" + flags; break }
            let conv = spec[j]
            i = spec.index(after: j)
            switch conv {
            case "n": out += "\n"; continue
            case "r": out += "\r"; continue
            case "t": out += "\t"; continue
            case "%": out += "%"; continue
            default: break
            }
            guard argIndex < args.count else {
                throw EngineError("format: directive %\(flags)\(conv) has no argument left")
            }
            // CLIPS itself corrupts its memory past about 100,000; a bound keeps a typo from
            // filling ours.
            for number in flags.split(whereSeparator: { !$0.isNumber }) where (Int(number) ?? .max) > maximumFieldWidth {
                throw EngineError("format: directive %\(flags)\(conv) asks for more than \(maximumFieldWidth) characters")
            }
            let v = args[argIndex]
            argIndex += 1
            if conv == "c", let text = v.lexeme {
                // A symbol or string prints its first character.
                out += pad(String(text.prefix(1)), flags)
                continue
            }
            switch conv {
            case "d", "x", "o", "c":
                let n = v.doubleValue.map { Int(truncatingAsC: $0) } ?? 0
                out += String(format: "%" + flags + (conv == "c" ? "c" : "l" + String(conv)), n)
            case "f", "e", "g":
                out += String(format: "%" + flags + String(conv), v.doubleValue ?? 0)
            case "s":
                let text = v.printoutText
                out += pad(text, flags)
            default:
                throw EngineError("format: unknown directive %\(conv)")
            }
        }
        return out
    }

    /// The widest field a directive may ask for.
    static let maximumFieldWidth = 10_000

    /// Width and precision count bytes, as C's printf does for CLIPS; a precision that would
    /// split a character keeps the whole characters before it.
    private static func pad(_ s: String, _ flags: String) -> String {
        let left = flags.hasPrefix("-")
        let parts = flags.drop(while: { $0 == "-" }).split(separator: ".", omittingEmptySubsequences: false)
        var text = s
        if parts.count > 1, let precision = Int(parts[1]), precision < text.utf8.count {
            var scalars = String.UnicodeScalarView()
            var bytes = 0
            for scalar in text.unicodeScalars {
                bytes += UTF8.width(scalar)
                guard bytes <= precision else { break }
                scalars.append(scalar)
            }
            text = String(scalars)
        }
        guard let width = Int(parts.first ?? ""), width > text.utf8.count else { return text }
        let padding = String(repeating: " ", count: width - text.utf8.count)
        return left ? text + padding : padding + text
    }
}
