/// Comparisons and type predicates.
extension Builtins {
    static func numericComparison(_ name: String, _ op: Comparison) -> BuiltinFunction {
        fn(name, 2, nil, comparison: op) { args, _ in
            for i in 1..<args.count {
                let a = try Arg.number(args[i - 1], name, i), b = try Arg.number(args[i], name, i + 1)
                if op.holds(a, b) == false { return .false }
            }
            return .true
        }
    }

    static func typeTest(_ name: String, _ test: @escaping @Sendable (Value) -> Bool) -> BuiltinFunction {
        fn(name, 1, 1) { args, _ in .bool(test(args[0])) }
    }

    static let predicateFunctions: [BuiltinFunction] = [
        numericComparison("=", .equal), numericComparison("<", .less), numericComparison(">", .greater),
        numericComparison("<=", .lessOrEqual), numericComparison(">=", .greaterOrEqual),
        fn("<>", 2, nil, comparison: .notEqual) { args, _ in
            let first = try Arg.double(args[0], "<>", 1)
            for (i, v) in args.dropFirst().enumerated() where try Arg.double(v, "<>", i + 2) == first { return .false }
            return .true
        },
        fn("eq", 2, nil, comparison: .eq) { args, _ in .bool(args.dropFirst().allSatisfy { $0 == args[0] }) },
        fn("neq", 2, nil, comparison: .neq) { args, _ in .bool(args.dropFirst().allSatisfy { $0 != args[0] }) },
        fn("not", 1, 1) { args, _ in .bool(!args[0].isTrue) },
        typeTest("numberp") { $0.isNumber },
        typeTest("integerp") { if case .integer = $0 { return true } else { return false } },
        typeTest("floatp") { if case .float = $0 { return true } else { return false } },
        typeTest("symbolp") { if case .symbol = $0 { return true } else { return false } },
        typeTest("stringp") { if case .string = $0 { return true } else { return false } },
        typeTest("lexemep") { $0.isLexeme },
        typeTest("multifieldp") { if case .multifield = $0 { return true } else { return false } },
        typeTest("pointerp") { _ in false },
        typeTest("fact-addressp") { if case .fact = $0 { return true } else { return false } },
        fn("type", 1, 1) { args, _ in .symbol(Symbol(args[0].typeName)) },
        fn("evenp", 1, 1) { args, _ in .bool(try Arg.integer(args[0], "evenp", 1) % 2 == 0) },
        fn("oddp", 1, 1) { args, _ in .bool(try Arg.integer(args[0], "oddp", 1) % 2 != 0) },
    ]
}
