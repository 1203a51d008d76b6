/// One field's constraint in a pattern, as written: `?x&~red|blue`, `$?rest`, `:(> ?x 3)`.
indirect enum FieldConstraint {
    case wildcard
    case variable(String)
    case literal(Value)
    case predicate(SExpr)
    case returnValue(SExpr)
    case not(FieldConstraint)
    case and([FieldConstraint])
    case or([FieldConstraint])
}

/// A parsed pattern field: whether it spans several fields, and its constraint.
struct PatternField {
    let isMultifield: Bool
    let constraint: FieldConstraint
    let location: SExpr
}

extension Compiler {
    /// Reads the fields of a pattern (or of one multislot) from a flat list of forms.
    func parseFields(_ forms: [SExpr]) throws -> [PatternField] {
        var fields: [PatternField] = []
        var i = 0
        while i < forms.count {
            let start = forms[i]
            var multi = false
            let c: FieldConstraint
            if i + 1 < forms.count, case .and? = forms[i + 1].atom, let binding = bindingVariable(forms[i], &multi) {
                // `?x&a|b`: the leading variable binds whatever the rest, `a|b`, accepts.
                i += 2
                switch try parseOr(forms, &i, &multi) {
                case .and(let parts): c = .and([binding] + parts)
                case let rest: c = .and([binding, rest])
                }
            } else {
                c = try parseOr(forms, &i, &multi)
            }
            fields.append(PatternField(isMultifield: multi, constraint: c, location: start))
        }
        return fields
    }

    private func bindingVariable(_ e: SExpr, _ multi: inout Bool) -> FieldConstraint? {
        switch e.atom {
        case .variable(let n)?: return .variable(n)
        case .multiVariable(let n)?: multi = true; return .variable(n)
        default: return nil
        }
    }

    private func parseOr(_ f: [SExpr], _ i: inout Int, _ multi: inout Bool) throws -> FieldConstraint {
        var parts = [try parseAnd(f, &i, &multi)]
        while i < f.count, case .or? = f[i].atom {
            i += 1
            parts.append(try parseAnd(f, &i, &multi))
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private func parseAnd(_ f: [SExpr], _ i: inout Int, _ multi: inout Bool) throws -> FieldConstraint {
        var parts = [try parseTerm(f, &i, &multi)]
        while i < f.count, case .and? = f[i].atom {
            i += 1
            parts.append(try parseTerm(f, &i, &multi))
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private func parseTerm(_ f: [SExpr], _ i: inout Int, _ multi: inout Bool) throws -> FieldConstraint {
        guard i < f.count else {
            throw error("expected a constraint after '&', '|' or '~'", f[f.count - 1])
        }
        let e = f[i]
        i += 1
        switch e.kind {
        case .list:
            throw error("expected a field constraint, found a list; use :( ) for a predicate or =( ) for a computed value", e)
        case .atom(let a):
            switch a {
            case .not: return .not(try parseTerm(f, &i, &multi))
            case .wildcard: return .wildcard
            case .multiWildcard: multi = true; return .wildcard
            case .variable(let n): return .variable(n)
            case .multiVariable(let n): multi = true; return .variable(n)
            case .symbol(":"), .symbol("="):
                guard i < f.count, f[i].items != nil else {
                    throw error("expected a function call in parentheses after '\(a == .symbol(":") ? ":" : "=")'", e)
                }
                let call = f[i]
                i += 1
                return a == .symbol(":") ? .predicate(call) : .returnValue(call)
            case .globalVariable:
                return .returnValue(e)
            default:
                guard let v = constant(a) else { throw error("expected a field constraint, found \(describe(e))", e) }
                return .literal(v)
            }
        }
    }
}
