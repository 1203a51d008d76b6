/// The argument checks CLIPS makes when it parses a call of a built-in: a constant, or a call
/// of a built-in, whose kind the parameter cannot take is an error in the construct, found
/// when it is loaded rather than when the call first runs.
extension Compiler {
    func checkArgumentTypes(_ name: String, _ args: [SExpr], _ signature: BuiltinSignature) throws {
        for (i, arg) in args.enumerated() {
            // Spliced fields shift every later argument by a number known only when it runs.
            if arg.isExpansion { return }
            if recognizesSequenceOperator, case .atom(.multiVariable) = arg.kind { return }
            let accepted = signature.parameter(i)
            guard accepted != .any, let given = staticType(of: arg), given.isDisjoint(with: accepted) else { continue }
            throw error("\(name): argument \(i + 1) must be \(accepted.description), got \(given.what)", arg)
        }
    }

    /// What an argument is known to be before it runs: a constant's kind, or what the built-in
    /// it calls returns. Nil for a variable, a deffunction's call and anything else.
    private func staticType(of arg: SExpr) -> StaticType? {
        switch arg.kind {
        case .atom(let a):
            return constant(a).map { .constant($0) }
        case .list(let items):
            guard let head = items.first?.symbolName, ruleBase.functions[Symbol(head)] == nil,
                  let returns = Builtins.table[head]?.signature?.returns ?? Builtins.signatures[head]?.returns else { return nil }
            return .result(of: head, returns)
        }
    }
}

/// What `Compiler.staticType(of:)` found.
private enum StaticType {
    case constant(Value)
    case result(of: String, ValueTypes)

    func isDisjoint(with types: ValueTypes) -> Bool {
        switch self {
        case .constant(let v): return ValueTypes(of: v).isDisjoint(with: types)
        case .result(_, let returns): return returns.isDisjoint(with: types)
        }
    }

    /// For the error: `abc`, `(str-cat ...), which returns a symbol or string`.
    var what: String {
        switch self {
        case .constant(let v): return v.displayText
        case .result(let name, let returns) where returns == .nothing: return "(\(name)), which returns nothing"
        case .result(let name, let returns): return "(\(name) ...), which returns \(returns.description)"
        }
    }
}
