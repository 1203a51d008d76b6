import Foundation

extension Value {
    /// The value as `printout` writes it: strings without quotes.
    public var printoutText: String { render(quoted: false) }

    /// The value as the REPL and `(facts)` show it: strings in quotes.
    public var displayText: String { render(quoted: true) }

    func render(quoted: Bool) -> String {
        switch self {
        case .symbol(let s): return s.name
        case .string(let s): return quoted ? Value.quote(s) : s
        case .integer(let i): return String(i)
        case .float(let d): return Value.formatFloat(d)
        case .fact(let f): return "<Fact-\(f.index)>"
        case .multifield(let m):
            return "(" + m.map { $0.render(quoted: true) }.joined(separator: " ") + ")"
        }
    }

    /// CLIPS 6.30 wraps strings in quotes without escaping what is inside them.
    static func quote(_ s: String) -> String { "\"" + s + "\"" }

    /// CLIPS prints floats with C's `%.15g` and adds `.0` when there is no point or exponent
    /// (so infinity prints as `inf.0`).
    public static func formatFloat(_ d: Double) -> String {
        var s = String(format: "%.15g", d)
        if !s.contains(where: { $0 == "." || $0 == "e" }) {
            s += ".0"
        }
        return s
    }
}
