import RuleEngine

extension AdvisorSession {
    /// How a recommendation (by target id or title, or a unique prefix of either) or the
    /// placement (`placement`, `where`) was concluded, down to the answers it rests on.
    public func how(_ query: String) -> Explanation? {
        guard let fact = conclusion(matching: query) else { return nil }
        var builder = ExplanationBuilder(knowledge: knowledge)
        return builder.explain(fact)
    }

    /// The recommendation or placement fact a person means.
    func conclusion(matching query: String) -> Fact? {
        let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
        let placements = engine.facts(of: "placement")
        if ["placement", "where", "where am i", "level"].contains(wanted) { return placements.first }
        let candidates = placements + engine.facts(of: "recommendation")
        let names = { (f: Fact) in [f.text("target"), f.text("role"), f.text("title")].filter { !$0.isEmpty }.map { $0.lowercased() } }
        if let exact = candidates.first(where: { names($0).contains(wanted) }) { return exact }
        let prefixed = candidates.filter { names($0).contains { $0.hasPrefix(wanted) } }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// The `how` of every recommendation, in presentation order.
    public func explanations() -> [(recommendation: Recommendation, explanation: Explanation)] {
        advice.recommendations.compactMap { r in
            let fact = engine.facts(of: "recommendation").first { $0.text("kind") == r.kind && $0.text("target") == r.target }
            guard let fact else { return nil }
            var builder = ExplanationBuilder(knowledge: knowledge)
            return (r, builder.explain(fact))
        }
    }
}
