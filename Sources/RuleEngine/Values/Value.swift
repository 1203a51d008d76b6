/// A CLIPS value. Types are strict: the integer 1 and the float 1.0 are different values for
/// `eq` and for pattern matching, as in CLIPS.
public enum Value: Hashable, @unchecked Sendable {
    case symbol(Symbol)
    case string(String)
    case integer(Int)
    case float(Double)
    case fact(Fact)
    case multifield([Value])

    public static let `true` = Value.symbol(.true)
    public static let `false` = Value.symbol(.false)
    public static let `nil` = Value.symbol(.nil_)
    public static let emptyMultifield = Value.multifield([])
    /// What CLIPS's commands without a result return (`printout`, `reset`, `run`, `facts`, ...):
    /// the top level prints nothing for it, and `create$` leaves it out.
    public static let void = Value.symbol(.void)

    public var isVoid: Bool { self == .void }

    /// Equal values are one CLIPS atom: floats compare by their bits, so 0.0 and -0.0 differ
    /// for `eq`, for pattern matching and as fact contents, as in CLIPS.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.fact(let x), .fact(let y)): return x === y
        case (.multifield(let x), .multifield(let y)): return x == y
        default: return false
        }
    }

    /// The payload alone, in one combine where it can: working memory hashes fact contents on
    /// every assertion. Values of different types that hash alike are still unequal.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .symbol(let s): hasher.combine(s.id)
        case .string(let s): hasher.combine(s)
        case .integer(let i): hasher.combine(i)
        case .float(let d): hasher.combine(d.bitPattern)
        case .fact(let f): hasher.combine(ObjectIdentifier(f))
        case .multifield(let fields): hasher.combine(fields)
        }
    }

    public static func symbol(_ name: String) -> Value { .symbol(Symbol(name)) }
    public static func bool(_ b: Bool) -> Value { b ? .true : .false }

    /// CLIPS truth: everything except the symbol FALSE is true.
    public var isTrue: Bool {
        if case .symbol(let s) = self { return s != .false }
        return true
    }

    public var isNumber: Bool {
        switch self { case .integer, .float: return true; default: return false }
    }

    public var isLexeme: Bool {
        switch self { case .symbol, .string: return true; default: return false }
    }

    /// The fields of a multifield, or the value itself as a one-field list.
    public var fields: [Value] {
        if case .multifield(let m) = self { return m }
        return [self]
    }

    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    /// The text of a symbol or string, without quotes.
    public var lexeme: String? {
        switch self {
        case .symbol(let s): return s.name
        case .string(let s): return s
        default: return nil
        }
    }

    public var typeName: String {
        switch self {
        case .symbol: return "SYMBOL"
        case .string: return "STRING"
        case .integer: return "INTEGER"
        case .float: return "FLOAT"
        case .fact: return "FACT-ADDRESS"
        case .multifield: return "MULTIFIELD"
        }
    }
}
