/// A value as plain bits, for the comparisons of the join network's innermost loops. Copying a
/// `Value` out of a fact is a call that switches on the case and counts references even for a
/// symbol or an integer, and reading it retains the fact's slot array: two thirds of a join
/// test's cost in sudoku. An atom is copied as two words. Symbols, numbers and fact addresses
/// are equal exactly when their atoms are; strings and multifields are told apart by their
/// values (`isIndirect`).
struct Atom {
    enum Kind: UInt8 {
        case symbol, integer, float, fact, string, multifield
    }

    let kind: Kind
    /// The symbol's id, the number's bit pattern or the fact's identity; zero when indirect.
    let bits: UInt64

    init(_ value: Value) {
        switch value {
        case .symbol(let s): (kind, bits) = (.symbol, UInt64(s.id))
        case .integer(let i): (kind, bits) = (.integer, UInt64(bitPattern: Int64(i)))
        case .float(let d): (kind, bits) = (.float, d.bitPattern)
        case .fact(let f): (kind, bits) = (.fact, UInt64(UInt(bitPattern: ObjectIdentifier(f))))
        case .string: (kind, bits) = (.string, 0)
        case .multifield: (kind, bits) = (.multifield, 0)
        }
    }

    /// Whether equal bits do not make equal values: the value itself must be compared.
    var isIndirect: Bool { kind.rawValue >= Kind.string.rawValue }
}
