/// A rule's left-hand side as written, before it is spread over the network.
indirect enum ConditionalElement {
    case pattern(SExpr, factVariable: String?)
    case test(SExpr)
    case not(ConditionalElement)
    case and([ConditionalElement])
    case or([ConditionalElement])
    case exists([ConditionalElement])
    case forall([ConditionalElement])
    case logical([ConditionalElement])
}

/// One conjunction after `or` has been multiplied out; `logicalCount` leading elements are
/// under `logical`.
struct Conjunction {
    var elements: [ConditionalElement]
    var logicalCount: Int
}

extension Compiler {
    /// Reads the conditional elements before `=>`.
    func parseConditions(_ forms: [SExpr]) throws -> [ConditionalElement] {
        var out: [ConditionalElement] = []
        var i = 0
        while i < forms.count {
            let f = forms[i]
            if case .variable(let v)? = f.atom {
                guard i + 2 < forms.count, forms[i + 1].symbolName == "<-", forms[i + 2].items != nil else {
                    throw error("expected '?\(v) <- (pattern)' to bind a fact to ?\(v)", f)
                }
                out.append(.pattern(forms[i + 2], factVariable: v))
                i += 3
                continue
            }
            out.append(try parseCondition(f))
            i += 1
        }
        return out
    }

    func parseCondition(_ f: SExpr) throws -> ConditionalElement {
        guard let items = f.items, let head = items.first else {
            throw error("expected a pattern or conditional element in parentheses, found \(describe(f))", f)
        }
        let rest = Array(items.dropFirst())
        switch head.symbolName {
        case "test":
            guard rest.count == 1 else { throw error("test: expected exactly one expression", f) }
            return .test(rest[0])
        case "not":
            guard rest.count == 1 else { throw error("not: expected exactly one conditional element", f) }
            return .not(try parseCondition(rest[0]))
        case "and": return .and(try parseConditions(rest))
        case "or": return .or(try parseConditions(rest))
        case "logical": return .logical(try parseConditions(rest))
        case "exists":
            guard !rest.isEmpty else { throw error("exists: expected at least one conditional element", f) }
            return .exists(try parseConditions(rest))
        case "forall":
            guard rest.count >= 2 else { throw error("forall: expected a condition and at least one more", f) }
            return .forall(try parseConditions(rest))
        default:
            guard head.symbolName != nil else {
                throw error("a pattern must begin with a symbol, found \(describe(head))", head)
            }
            return .pattern(f, factVariable: nil)
        }
    }

    /// Multiplies out `or` so each conjunction can become one path through the network.
    func disjunctiveForms(_ ces: [ConditionalElement]) throws -> [Conjunction] {
        var results = [Conjunction(elements: [], logicalCount: 0)]
        for ce in ces {
            let isLogical: Bool
            let alternatives: [[ConditionalElement]]
            if case .logical(let inner) = ce {
                isLogical = true
                alternatives = try expand(.and(inner))
            } else {
                isLogical = false
                alternatives = try expand(ce)
            }
            var next: [Conjunction] = []
            for r in results {
                for alt in alternatives {
                    var c = r
                    c.elements += alt
                    if isLogical { c.logicalCount = c.elements.count }
                    next.append(c)
                }
            }
            results = next
        }
        return results
    }

    /// The alternatives one element stands for, each a flat list.
    private func expand(_ ce: ConditionalElement) throws -> [[ConditionalElement]] {
        switch ce {
        case .or(let parts):
            return try parts.flatMap { try expand($0) }
        case .and(let parts):
            var acc: [[ConditionalElement]] = [[]]
            for p in parts {
                let alts = try expand(p)
                acc = acc.flatMap { a in alts.map { a + $0 } }
            }
            return acc
        case .logical(let parts):
            return try expand(.and(parts))
        case .not(let inner):
            if case .or(let parts) = inner { return try expand(.and(parts.map { .not($0) })) }
            let alts = try expand(inner)
            guard alts.count == 1 else { throw EngineError("'or' inside 'not (and ...)' is not supported") }
            return [[.not(alts[0].count == 1 ? alts[0][0] : .and(alts[0]))]]
        case .exists(let parts):
            let alts = try expand(.and(parts))
            guard alts.count == 1 else { throw EngineError("'or' inside 'exists' is not supported") }
            return [[.exists(alts[0])]]
        case .forall(let parts):
            // (forall A B...) is (not (and A (not (and B...))))
            let rest: ConditionalElement = parts.count == 2 ? parts[1] : .and(Array(parts.dropFirst()))
            return try expand(.not(.and([parts[0], .not(rest)])))
        case .pattern, .test:
            return [[ce]]
        }
    }
}
