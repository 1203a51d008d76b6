/// The comparison built-ins on two values. Their general form (any number of arguments) and the
/// compiler's two-argument fast path (`Compiler.compileComparison`) both decide through here, so
/// they agree on every pair of values.
enum Comparison: Sendable {
    case eq, neq
    case equal, notEqual, less, greater, lessOrEqual, greaterOrEqual

    /// Whether `a` and `b` compare so; nil when a numeric comparison meets a value that is not a
    /// number, which the general form reports as an error naming the argument.
    @inline(__always) func holds(_ a: Value, _ b: Value) -> Bool? {
        switch self {
        case .eq: return a == b
        case .neq: return a != b
        // CLIPS's `<>` compares as floats, integers included.
        case .notEqual:
            guard let x = a.doubleValue, let y = b.doubleValue else { return nil }
            return x != y
        default:
            if case .integer(let x) = a, case .integer(let y) = b { return ordered(x, y) }
            guard let x = a.doubleValue, let y = b.doubleValue else { return nil }
            return ordered(x, y)
        }
    }

    @inline(__always) private func ordered<T: Comparable>(_ x: T, _ y: T) -> Bool {
        switch self {
        case .less: return x < y
        case .greater: return x > y
        case .lessOrEqual: return x <= y
        case .greaterOrEqual: return x >= y
        default: return x == y
        }
    }
}
