/// A slot's declared constraints, checked when a fact is asserted or modified.
public struct SlotConstraints: Sendable {
    /// Allowed type names (SYMBOL, STRING, LEXEME, INTEGER, FLOAT, NUMBER, FACT-ADDRESS, ...); nil allows any.
    public var types: Set<String>? {
        didSet {
            typeKinds = types.flatMap { $0.contains("?VARIABLE") ? nil : $0.reduce(into: []) { $0.formUnion(ValueKinds(constraintName: $1)) } }
        }
    }
    /// `types` as bits, so that checking a value compares no names: every asserted fact's
    /// slots are checked. Nil allows any.
    private(set) var typeKinds: ValueKinds?
    /// `allowed-values`: every value must be one of these.
    public var allowedValues: [Value]?
    /// `allowed-symbols`, `allowed-strings`, ...: values of that kind (SYMBOL, STRING, LEXEME,
    /// NUMBER, INTEGER, FLOAT) must be one of these; values of other kinds are not restricted.
    public var allowedOfKind: [(kind: String, values: [Value])] = []
    public var range: (low: Double?, high: Double?)?
    /// A multislot's fewest and most fields.
    public var cardinality: (min: Int, max: Int?)?

    public init() {}

    /// Why `value` breaks these constraints, or nil when it does not. Inlined, and a loop
    /// rather than a closure over `self`: every slot of every asserted fact is checked, and a
    /// call copied the whole constraint set (its sets and arrays) each time.
    @inline(__always) func violation(of value: Value) -> String? {
        // A multislot's constraints apply to each of its fields.
        guard case .multifield(let fields) = value else { return fieldViolation(value) }
        if let cardinality {
            if fields.count < cardinality.min { return "needs at least \(cardinality.min) field\(cardinality.min == 1 ? "" : "s"), got \(fields.count)" }
            if let max = cardinality.max, fields.count > max { return "takes at most \(max) field\(max == 1 ? "" : "s"), got \(fields.count)" }
        }
        for field in fields {
            if let problem = fieldViolation(field) { return problem }
        }
        return nil
    }

    @inline(__always) private func fieldViolation(_ value: Value) -> String? {
        if let typeKinds, !typeKinds.contains(value.kind) {
            return "type \(value.typeName) is not allowed (allowed: \((types ?? []).sorted().joined(separator: " ")))"
        }
        if let allowedValues, !allowedValues.contains(value) {
            return "\(value.displayText) is not one of the allowed values"
        }
        for (kind, values) in allowedOfKind where value.isOfKind(kind) && !values.contains(value) {
            return "\(value.displayText) is not one of the allowed \(kind.lowercased())s"
        }
        if let range, let d = value.doubleValue {
            if let lo = range.low, d < lo { return "\(value.displayText) is below the range minimum" }
            if let hi = range.high, d > hi { return "\(value.displayText) is above the range maximum" }
        }
        return nil
    }
}

/// How a slot gets its value when an assert leaves it out.
public enum SlotDefault: Sendable {
    /// `?DERIVE` (the default default): a value derived from the constraints.
    case derive
    /// `?NONE`: the slot must be given.
    case required
    /// A value computed once when the template is defined.
    case value(Value)
    /// `default-dynamic`: evaluated at every assert.
    case dynamic([Expression])

    var isDerived: Bool { if case .derive = self { return true } else { return false } }
}

public struct SlotDefinition: Sendable {
    public var name: Symbol
    public var isMultifield: Bool
    public var defaultValue: SlotDefault = .derive
    public var constraints = SlotConstraints()

    /// The value `?DERIVE` gives: empty for a multislot, else the first allowed value, else by
    /// type: `nil` when symbols are allowed, then "", then the range's low end or 0.
    var derivedDefault: Value {
        guard isMultifield else { return derivedField }
        return .multifield(Array(repeating: derivedField, count: constraints.cardinality?.min ?? 0))
    }

    /// The first type the constraints allow, in CLIPS's order (symbol, string, integer, float),
    /// and its first allowed value or that type's plain value.
    private var derivedField: Value {
        let c = constraints
        func allows(_ kind: ValueKinds) -> Bool { c.typeKinds?.contains(kind) ?? true }
        func firstAllowed(_ kind: ValueKinds) -> Value? {
            let lists = (c.allowedValues.map { [$0] } ?? []) + c.allowedOfKind.map(\.values)
            return lists.lazy.compactMap { $0.first { $0.kind == kind } }.first
        }
        if allows(.symbol) { return firstAllowed(.symbol) ?? .nil }
        if allows(.string) { return firstAllowed(.string) ?? .string("") }
        let low = c.range?.low
        if allows(.integer) { return firstAllowed(.integer) ?? .integer(Int(low ?? 0)) }
        if allows(.float) { return firstAllowed(.float) ?? .float(low ?? 0) }
        return .nil
    }
}

/// Types of values as bits.
struct ValueKinds: OptionSet, Sendable {
    let rawValue: UInt8
    static let symbol = ValueKinds(rawValue: 1)
    static let string = ValueKinds(rawValue: 2)
    static let integer = ValueKinds(rawValue: 4)
    static let float = ValueKinds(rawValue: 8)
    static let factAddress = ValueKinds(rawValue: 16)
    static let multifield = ValueKinds(rawValue: 32)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The types a constraint's type name stands for: NUMBER and LEXEME stand for two, and a
    /// name of no value type here (INSTANCE-NAME, ...) for none.
    init(constraintName name: String) {
        switch name {
        case "SYMBOL": self = .symbol
        case "STRING": self = .string
        case "LEXEME": self = [.symbol, .string]
        case "INTEGER": self = .integer
        case "FLOAT": self = .float
        case "NUMBER": self = [.integer, .float]
        case "FACT-ADDRESS": self = .factAddress
        case "MULTIFIELD": self = .multifield
        default: self = []
        }
    }
}

extension Value {
    var kind: ValueKinds {
        switch self {
        case .symbol: return .symbol
        case .string: return .string
        case .integer: return .integer
        case .float: return .float
        case .fact: return .factAddress
        case .multifield: return .multifield
        }
    }

    /// Whether this value belongs to a constraint kind: a type name or NUMBER or LEXEME.
    func isOfKind(_ kind: String) -> Bool { ValueKinds(constraintName: kind).contains(self.kind) }
}

/// A fact's shape. Ordered facts like `(a 1 2)` get an implied template whose one multislot holds
/// every field.
public final class Template: Sendable {
    public let name: Symbol
    public let module: Symbol
    public let slots: [SlotDefinition]
    public let isImplied: Bool
    public let comment: String?
    /// The construct as written, for `ppdeftemplate`; nil for implied templates.
    let sourceText: String?
    /// Position in definition order; facts of a template are indexed by it in the alpha network.
    public let index: Int
    /// The slots' names alone: finding a slot by name then compares integers instead of copying
    /// each slot's definition.
    private let slotNames: [Symbol]

    init(name: Symbol, module: Symbol, slots: [SlotDefinition], isImplied: Bool, comment: String?, index: Int,
         sourceText: String? = nil) {
        self.sourceText = sourceText
        self.name = name
        self.module = module
        self.slots = slots
        self.isImplied = isImplied
        self.comment = comment
        self.index = index
        slotNames = slots.map(\.name)
    }

    public func slotIndex(_ name: Symbol) -> Int? {
        slotNames.firstIndex(of: name)
    }
}
