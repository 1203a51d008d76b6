import Foundation

/// Arithmetic: integer results while every argument is an integer, floats otherwise. Integers
/// are 64-bit and wrap around on overflow without a message, as in CLIPS.
extension Builtins {
    static func arithmetic(_ name: String, _ ints: @escaping @Sendable (Int, Int) -> Int,
                           _ floats: @escaping @Sendable (Double, Double) -> Double) -> BuiltinFunction {
        /// `acc` (a checked number) combined with argument `index`, `v`.
        @Sendable func step(_ acc: Value, _ v: Value, _ index: Int) throws -> Value {
            let rhs = try Arg.number(v, name, index)
            if case .integer(let a) = acc, case .integer(let b) = rhs { return .integer(ints(a, b)) }
            return .float(floats(acc.doubleValue!, rhs.doubleValue!))
        }
        var f = fn(name, 2, nil) { args, _ in
            var acc = try Arg.number(args[0], name, 1)
            for (i, v) in args.dropFirst().enumerated() { acc = try step(acc, v, i + 2) }
            return acc
        }
        f.binary = { a, b in try step(try Arg.number(a, name, 1), b, 2) }
        return f
    }

    /// A function of one number with a float result. Outside `domain` a call is an error, as
    /// CLIPS reports one, rather than a NaN or an infinity.
    static func unaryFloat(_ name: String, _ domain: MathDomain,
                           _ f: @escaping @Sendable (Double) -> Double) -> BuiltinFunction {
        fn(name, 1, 1) { args, _ in
            let x = try Arg.double(args[0], name, 1)
            guard domain.contains(x) else {
                throw EngineError("\(name): argument 1 must be \(domain.expected), got \(args[0].displayText)")
            }
            return .float(f(x))
        }
    }

    static func unaryFloat(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> BuiltinFunction {
        unaryFloat(name, .everywhere, f)
    }

    static let mathFunctions: [BuiltinFunction] = [
        arithmetic("+", { $0 &+ $1 }, { $0 + $1 }),
        arithmetic("-", { $0 &- $1 }, { $0 - $1 }),
        arithmetic("*", { $0 &* $1 }, { $0 * $1 }),
        // Integers divide as integers, truncating, only once `set-auto-float-dividend` has
        // turned off making the dividend a float.
        fn("/", 2, nil) { args, ctx in
            var acc = try Arg.number(args[0], "/", 1)
            if ctx.session.settings.autoFloatDividend { acc = .float(acc.doubleValue!) }
            for (i, v) in args.dropFirst().enumerated() {
                let d = try Arg.number(v, "/", i + 2)
                guard d.doubleValue != 0 else { throw EngineError("/: division by zero") }
                if case .integer(let x) = acc, case .integer(let y) = d {
                    acc = .integer(x.dividedReportingOverflow(by: y).partialValue)
                } else {
                    acc = .float(acc.doubleValue! / d.doubleValue!)
                }
            }
            return acc
        },
        fn("div", 2, nil) { args, _ in
            var acc = try Arg.integer(args[0], "div", 1)
            for (i, v) in args.dropFirst().enumerated() {
                let d = try Arg.integer(v, "div", i + 2)
                guard d != 0 else { throw EngineError("div: division by zero") }
                acc = acc.dividedReportingOverflow(by: d).partialValue
            }
            return .integer(acc)
        },
        fn("mod", 2, 2) { args, _ in
            let a = try Arg.number(args[0], "mod", 1), b = try Arg.number(args[1], "mod", 2)
            if case .integer(let x) = a, case .integer(let y) = b {
                guard y != 0 else { throw EngineError("mod: division by zero") }
                return .integer(x.remainderReportingOverflow(dividingBy: y).partialValue)
            }
            let y = b.doubleValue!
            guard y != 0 else { throw EngineError("mod: division by zero") }
            return .float(fmod(a.doubleValue!, y))
        },
        fn("abs", 1, 1) { args, _ in
            switch try Arg.number(args[0], "abs", 1) {
            case .integer(let i): return .integer(i < 0 ? 0 &- i : i)
            case let v: return .float(abs(v.doubleValue!))
            }
        },
        fn("min", 2, nil) { args, _ in try extreme(args, "min", <) },
        fn("max", 2, nil) { args, _ in try extreme(args, "max", >) },
        fn("integer", 1, 1) { args, _ in
            let v = try Arg.number(args[0], "integer", 1)
            if case .integer = v { return v }
            return .integer(Int(truncatingAsC: v.doubleValue!))
        },
        fn("float", 1, 1) { args, _ in .float(try Arg.double(args[0], "float", 1)) },
        fn("round", 1, 1) { args, _ in
            switch try Arg.number(args[0], "round", 1) {
            case .integer(let i): return .integer(i)
            case let v:
                let d = v.doubleValue!
                // CLIPS 6.30 rounds halves towards negative infinity: 2.5 is 2, -2.5 is -3.
                return .integer(Int(truncatingAsC: (d - 0.5).rounded(.up)))
            }
        },
        fn("**", 2, 2) { args, _ in
            let base = try Arg.double(args[0], "**", 1), power = try Arg.double(args[1], "**", 2)
            if base < 0 && power != power.rounded() {
                throw EngineError("**: a negative number has no real power \(args[1].displayText)")
            }
            if base == 0 && power < 0 { throw EngineError("**: 0 has no negative power") }
            return .float(pow(base, power))
        },
        unaryFloat("sqrt", .nonNegative, sqrt),
        unaryFloat("exp", exp), unaryFloat("log", .positive, log), unaryFloat("log10", .positive, log10),
        fn("pi", 0, 0) { _, _ in .float(.pi) },
        fn("random", 0, 2) { args, _ in
            if args.count == 2 {
                let lo = try Arg.integer(args[0], "random", 1), hi = try Arg.integer(args[1], "random", 2)
                guard lo <= hi else { throw EngineError("random: the lower bound is above the upper bound") }
                return .integer(Int.random(in: lo...hi))
            }
            return .integer(Int.random(in: 0...Int(Int32.max)))
        },
        fn("seed", 1, 1) { _, _ in .void },
    ]

    private static func extreme(_ args: [Value], _ name: String, _ better: (Double, Double) -> Bool) throws -> Value {
        var best = try Arg.number(args[0], name, 1)
        for (i, v) in args.dropFirst().enumerated() {
            let n = try Arg.number(v, name, i + 2)
            if better(n.doubleValue!, best.doubleValue!) { best = n }
        }
        return best
    }
}
