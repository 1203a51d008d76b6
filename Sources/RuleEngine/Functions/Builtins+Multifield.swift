/// Multifield values.
extension Builtins {
    static func index(_ v: Value, _ f: String, _ i: Int, _ count: Int) throws -> Int {
        let n = try Arg.integer(v, f, i)
        guard n >= 1 && n <= count else {
            throw EngineError("\(f): index \(n) is out of range 1..\(count)")
        }
        return n - 1
    }

    static func range(_ args: [Value], _ f: String, _ m: [Value]) throws -> Range<Int> {
        let lo = try Arg.integer(args[1], f, 2), hi = try Arg.integer(args[2], f, 3)
        guard lo >= 1, hi <= m.count, lo <= hi + 1 else {
            throw EngineError("\(f): range \(lo)..\(hi) does not fit a multifield of \(m.count) fields")
        }
        return (lo - 1)..<hi
    }

    static let multifieldFunctions: [BuiltinFunction] = [
        fn("create$", 0, nil) { args, _ in .multifield(args.flatMap { $0.isVoid ? [] : $0.fields }) },
        fn("sort", 1, nil) { args, ctx in
            let name = try Arg.lexeme(args[0], "sort", 1)
            // Stable merge: a pair is swapped exactly when the comparison function says TRUE.
            func sorted(_ items: ArraySlice<Value>) throws -> [Value] {
                guard items.count > 1 else { return Array(items) }
                let mid = items.startIndex + items.count / 2
                let left = try sorted(items[..<mid]), right = try sorted(items[mid...])
                var out: [Value] = [], i = 0, j = 0
                while i < left.count && j < right.count {
                    if try ctx.session.call(named: name, [left[i], right[j]]).isTrue {
                        out.append(right[j]); j += 1
                    } else {
                        out.append(left[i]); i += 1
                    }
                }
                return out + left[i...] + right[j...]
            }
            return .multifield(try sorted(ArraySlice(args.dropFirst().flatMap(\.fields))))
        },
        fn("funcall", 1, nil) { args, ctx in
            try ctx.session.call(named: try Arg.lexeme(args[0], "funcall", 1), Array(args.dropFirst()))
        },
        fn("length$", 1, 1) { args, _ in
            if case .multifield(let m) = args[0] { return .integer(m.count) }
            return .integer(try Arg.lexeme(args[0], "length$", 1).utf8.count)
        },
        fn("nth$", 2, 2) { args, _ in
            let m = try Arg.multifield(args[1], "nth$", 2)
            let n = try Arg.integer(args[0], "nth$", 1)
            return n >= 1 && n <= m.count ? m[n - 1] : .nil
        },
        fn("member$", 2, 2) { args, _ in
            let m = try Arg.multifield(args[1], "member$", 2)
            if case .multifield(let sub) = args[0] {
                guard !sub.isEmpty, sub.count <= m.count else { return .false }
                for i in 0...(m.count - sub.count) where Array(m[i..<(i + sub.count)]) == sub {
                    return .multifield([.integer(i + 1), .integer(i + sub.count)])
                }
                return .false
            }
            return m.firstIndex(of: args[0]).map { .integer($0 + 1) } ?? .false
        },
        fn("first$", 1, 1) { args, _ in .multifield(Array(try Arg.multifield(args[0], "first$", 1).prefix(1))) },
        fn("rest$", 1, 1) { args, _ in .multifield(Array(try Arg.multifield(args[0], "rest$", 1).dropFirst())) },
        fn("subseq$", 3, 3) { args, _ in
            let m = try Arg.multifield(args[0], "subseq$", 1)
            var lo = try Arg.integer(args[1], "subseq$", 2), hi = try Arg.integer(args[2], "subseq$", 3)
            lo = max(lo, 1); hi = min(hi, m.count)
            return lo > hi ? .emptyMultifield : .multifield(Array(m[(lo - 1)..<hi]))
        },
        fn("insert$", 3, nil) { args, _ in
            var m = try Arg.multifield(args[0], "insert$", 1)
            let at = try Arg.integer(args[1], "insert$", 2)
            guard at >= 1 && at <= m.count + 1 else { throw EngineError("insert$: index \(at) is out of range 1..\(m.count + 1)") }
            m.insert(contentsOf: args.dropFirst(2).flatMap(\.fields), at: at - 1)
            return .multifield(m)
        },
        fn("replace$", 4, nil) { args, _ in
            var m = try Arg.multifield(args[0], "replace$", 1)
            let r = try range(args, "replace$", m)
            m.replaceSubrange(r, with: args.dropFirst(3).flatMap(\.fields))
            return .multifield(m)
        },
        fn("delete$", 3, 3) { args, _ in
            var m = try Arg.multifield(args[0], "delete$", 1)
            m.removeSubrange(try range(args, "delete$", m))
            return .multifield(m)
        },
        fn("delete-member$", 2, nil) { args, _ in
            let drop = args.dropFirst().flatMap(\.fields)
            return .multifield(try Arg.multifield(args[0], "delete-member$", 1).filter { !drop.contains($0) })
        },
        fn("replace-member$", 3, nil) { args, _ in
            let with = args[1].fields
            let drop = args.dropFirst(2).flatMap(\.fields)
            return .multifield(try Arg.multifield(args[0], "replace-member$", 1).flatMap { drop.contains($0) ? with : [$0] })
        },
        fn("subsetp", 2, 2) { args, _ in
            let a = try Arg.multifield(args[0], "subsetp", 1), b = try Arg.multifield(args[1], "subsetp", 2)
            return .bool(a.allSatisfy(b.contains))
        },
        fn("explode$", 1, 1) { args, _ in
            var lexer = Lexer(try Arg.lexeme(args[0], "explode$", 1), file: "explode$")
            var out: [Value] = []
            while true {
                let t = try lexer.next()
                if case .eof = t.kind { break }
                out.append(fieldValue(t))
            }
            return .multifield(out)
        },
        fn("implode$", 1, 1) { args, _ in
            .string(try Arg.multifield(args[0], "implode$", 1).map(\.displayText).joined(separator: " "))
        },
    ]
}
