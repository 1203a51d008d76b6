/// Truth maintenance as the `dependencies` and `dependents` commands show it.
extension Session {
    /// The partial matches that logically support `fact`, most recent first as CLIPS lists
    /// them: one for each time a rule asserted it under `logical` (the same match may come
    /// twice), none for a fact that holds unconditionally.
    func dependencies(of fact: Fact) -> [BetaToken] { fact.support.reversed() }

    /// The facts, in fact-list order, that `fact` is part of the logical support of.
    func dependents(of fact: Fact) -> [Fact] {
        facts.filter { dependent in dependent.support.contains { $0.includes(fact) } }
    }
}

extension BetaToken {
    /// Whether `fact` is matched anywhere along this partial match.
    func includes(_ fact: Fact) -> Bool {
        var level: BetaToken? = self
        while let t = level {
            if t.match?.fact === fact { return true }
            level = t.parent
        }
        return false
    }
}
