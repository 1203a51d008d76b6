/// A rule's specificity, which the simplicity and complexity strategies order by. As the CLIPS
/// manual defines it: each pattern's relation name, each comparison with a constant or a bound
/// variable, and each function call in a `:`, `=` or `test` counts one; `and`, `or` and `not`
/// count only their arguments, and calls nested inside other calls do not count.
extension FieldConstraint {
    var specificity: Int {
        switch self {
        case .wildcard: return 0
        case .variable, .literal: return 1
        case .predicate(let call), .returnValue(let call): return call.specificityOfCall
        case .not(let inner): return inner.specificity
        case .and(let parts), .or(let parts): return parts.reduce(0) { $0 + $1.specificity }
        }
    }
}

extension SExpr {
    /// What this left-hand-side function call adds to the specificity.
    var specificityOfCall: Int {
        guard let head, let items else { return 0 }
        guard ["and", "or", "not"].contains(head) else { return 1 }
        return items.dropFirst().reduce(0) { $0 + $1.specificityOfCall }
    }
}
