/// What a person answered, in the form the knowledge base receives it.
public enum AnswerValue: Sendable, Equatable, Hashable, Codable {
    /// The person skipped the question or does not know; asserted as the symbol `unknown`.
    case unknown
    /// One or more choice values (single, multiple and yes-no questions).
    case choices([String])
    case number(Double)
    case text(String)

    /// How the answer reads back in a transcript or an answers file: choice values
    /// comma-separated, numbers without a needless `.0`.
    public var fileText: String {
        switch self {
        case .unknown: return "unknown"
        case .choices(let values): return values.joined(separator: ", ")
        case .number(let n): return AnswerValue.format(n)
        case .text(let s): return s
        }
    }

    /// A number as people write it: no `.0` on whole numbers.
    public static func format(_ n: Double) -> String {
        wholeNumber(n).map(String.init) ?? String(n)
    }

    /// The integer a whole number stands for; nil for fractions and for magnitudes an `Int`
    /// cannot hold exactly.
    static func wholeNumber(_ n: Double) -> Int? {
        n == n.rounded() && abs(n) < 1e15 ? Int(n) : nil
    }
}
