import Foundation

/// The trigonometric and hyperbolic functions, their inverses, and angle conversions.
extension Builtins {
    static let trigonometricFunctions: [BuiltinFunction] = [
        unaryFloat("sin", sin), unaryFloat("cos", cos), unaryFloat("tan", tan),
        unaryFloat("cot", .nonZero) { (x: Double) in 1 / tan(x) },
        unaryFloat("sec") { (x: Double) in 1 / cos(x) },
        unaryFloat("csc", .nonZero) { (x: Double) in 1 / sin(x) },
        unaryFloat("asin", .unit, asin), unaryFloat("acos", .unit, acos), unaryFloat("atan", atan),
        unaryFloat("acot") { (x: Double) in atan(1 / x) },
        unaryFloat("asec", .unitOrBeyond) { (x: Double) in acos(1 / x) },
        unaryFloat("acsc", .unitOrBeyond) { (x: Double) in asin(1 / x) },
        unaryFloat("sinh", sinh), unaryFloat("cosh", cosh), unaryFloat("tanh", tanh),
        unaryFloat("coth", .nonZero) { (x: Double) in 1 / tanh(x) },
        unaryFloat("sech") { (x: Double) in 1 / cosh(x) },
        unaryFloat("csch", .nonZero) { (x: Double) in 1 / sinh(x) },
        unaryFloat("asinh", asinh), unaryFloat("acosh", .atLeastOne, acosh), unaryFloat("atanh", .insideUnit, atanh),
        unaryFloat("acoth", .outsideUnit) { (x: Double) in atanh(1 / x) },
        unaryFloat("asech", .upToOne) { (x: Double) in acosh(1 / x) },
        unaryFloat("acsch", .nonZero) { (x: Double) in asinh(1 / x) },
        unaryFloat("deg-rad") { (x: Double) in x * .pi / 180 }, unaryFloat("rad-deg") { (x: Double) in x * 180 / .pi },
        unaryFloat("deg-grad") { (x: Double) in x / 0.9 }, unaryFloat("grad-deg") { (x: Double) in x * 0.9 },
    ]
}

/// Where a function of one number is defined, and how a message says so.
struct MathDomain: Sendable {
    let contains: @Sendable (Double) -> Bool
    /// What the argument must be: "argument 1 must be ...".
    let expected: String

    static let everywhere = MathDomain(contains: { _ in true }, expected: "a number")
    static let nonNegative = MathDomain(contains: { $0 >= 0 }, expected: "0 or more")
    static let positive = MathDomain(contains: { $0 > 0 }, expected: "more than 0")
    static let nonZero = MathDomain(contains: { $0 != 0 }, expected: "other than 0")
    static let unit = MathDomain(contains: { abs($0) <= 1 }, expected: "from -1 to 1")
    static let insideUnit = MathDomain(contains: { abs($0) < 1 }, expected: "between -1 and 1, exclusive")
    static let outsideUnit = MathDomain(contains: { abs($0) > 1 }, expected: "below -1 or above 1")
    static let unitOrBeyond = MathDomain(contains: { abs($0) >= 1 }, expected: "-1 or less, or 1 or more")
    static let atLeastOne = MathDomain(contains: { $0 >= 1 }, expected: "1 or more")
    static let upToOne = MathDomain(contains: { $0 > 0 && $0 <= 1 }, expected: "more than 0 and at most 1")
}
