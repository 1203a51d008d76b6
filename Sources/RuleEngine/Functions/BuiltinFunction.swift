/// A function whose arguments are all evaluated before the call.
struct BuiltinFunction: Sendable {
    var name: String
    let minArgs: Int
    let maxArgs: Int?
    let body: @Sendable ([Value], Context) throws -> Value
    /// Set for the comparisons, whose two-argument calls the compiler evaluates directly.
    var comparison: Comparison?
    /// The body for exactly two arguments, where one is worth having: calls with two
    /// arguments (most arithmetic) then build no argument array.
    var binary: (@Sendable (Value, Value) throws -> Value)?
    /// What the compiler checks of a call's arguments, as CLIPS does when it parses the call.
    var signature: BuiltinSignature?

    func accepts(_ count: Int) -> Bool { count >= minArgs && maxArgs.map { count <= $0 } ?? true }

    func arityMismatch(_ name: String, _ count: Int) -> String {
        let expected = maxArgs == minArgs ? "\(minArgs)" : maxArgs == nil ? "at least \(minArgs)" : "\(minArgs) to \(maxArgs!)"
        return "function \(name) expects \(expected) argument(s), got \(count)"
    }
}

/// Builds the table of built-in functions from the per-topic files.
enum Builtins {
    static let table: [String: BuiltinFunction] = {
        var t: [String: BuiltinFunction] = [:]
        for group in [mathFunctions, trigonometricFunctions, predicateFunctions, stringFunctions, multifieldFunctions,
                      factFunctions, dependencyFunctions, ioFunctions, environmentFunctions, watchFunctions, listingFunctions] {
            for f in group { t[f.name] = f }
        }
        for (name, signature) in signatures { t[name]?.signature = signature }
        // Older names the Debian example programs still call, and `rules`, which CLIPS 6.30
        // takes for `list-defrules`.
        for (alias, name) in ["nth": "nth$", "member": "member$", "length": "length$", "!=": "<>", "rules": "list-defrules"] {
            t[alias] = t[name].map { f in
                var aliased = f
                aliased.name = alias
                return aliased
            }
        }
        return t
    }()
}

func fn(_ name: String, _ minArgs: Int, _ maxArgs: Int?, comparison: Comparison? = nil,
        _ body: @escaping @Sendable ([Value], Context) throws -> Value) -> BuiltinFunction {
    BuiltinFunction(name: name, minArgs: minArgs, maxArgs: maxArgs, body: body, comparison: comparison, binary: nil)
}

/// Argument coercions shared by the built-ins; each error names the function and argument.
enum Arg {
    static func number(_ v: Value, _ f: String, _ i: Int) throws -> Value {
        guard v.isNumber else { throw EngineError("\(f): argument \(i) must be a number, got \(v.displayText)") }
        return v
    }
    static func double(_ v: Value, _ f: String, _ i: Int) throws -> Double {
        guard let d = v.doubleValue else { throw EngineError("\(f): argument \(i) must be a number, got \(v.displayText)") }
        return d
    }
    static func integer(_ v: Value, _ f: String, _ i: Int) throws -> Int {
        switch v {
        case .integer(let n): return n
        case .float(let d) where d.isFinite && abs(d) < 9.2e18: return Int(d)
        default: throw EngineError("\(f): argument \(i) must be an integer, got \(v.displayText)")
        }
    }
    static func lexeme(_ v: Value, _ f: String, _ i: Int) throws -> String {
        guard let s = v.lexeme else { throw EngineError("\(f): argument \(i) must be a symbol or string, got \(v.displayText)") }
        return s
    }
    /// Text of any single value as `str-cat` would write it.
    static func text(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .multifield(let m): return m.map { $0.printoutText }.joined(separator: " ")
        default: return v.printoutText
        }
    }
    static func multifield(_ v: Value, _ f: String, _ i: Int) throws -> [Value] {
        guard case .multifield(let m) = v else { throw EngineError("\(f): argument \(i) must be a multifield, got \(v.displayText)") }
        return m
    }
}

extension Int {
    /// `d` converted as CLIPS converts it, by C's cast on x86-64: truncated toward zero, and the
    /// smallest integer when it does not fit (infinities and NaN included), where Swift's
    /// conversion would stop the process.
    init(truncatingAsC d: Double) {
        self = Int(exactly: d.rounded(.towardZero)) ?? .min
    }
}
