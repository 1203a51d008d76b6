import RuleEngine

/// Where the answers place the person, as the knowledge base concluded.
public struct Placement: Sendable, Codable, Equatable {
    public let role: String
    /// The role's name for a person; the id when the knowledge base gives none.
    public let title: String
    public let certainty: Double
    public let because: [String]
}

/// One piece of advice: a `recommendation` fact.
public struct Recommendation: Sendable, Codable, Equatable, Hashable {
    /// The protocol's kinds, in the order advice is presented.
    public static let kinds = ["next-step", "alternative", "skill", "caution"]

    public let kind: String
    public let target: String
    public let title: String
    /// What the target is, in a sentence or two; may be empty.
    public let detail: String
    public let certainty: Double
    public let because: [String]

    /// What identifies a recommendation across revisions of the answers.
    public var key: String { "\(kind) \(target)" }
}

/// A certainty between 0 and 1 as people read it: `0.61` is "61%".
public func percentText(_ certainty: Double) -> String { "\(Int((certainty * 100).rounded()))%" }

/// Everything the knowledge base has concluded so far.
public struct Advice: Sendable, Codable, Equatable {
    public let placement: Placement?
    /// By kind in protocol order, then by descending certainty, then by target.
    public let recommendations: [Recommendation]

    public func recommendations(ofKind kind: String) -> [Recommendation] {
        recommendations.filter { $0.kind == kind }
    }

    public init(placement: Placement?, recommendations: [Recommendation]) {
        self.placement = placement
        // Each kind's rank found once per recommendation, not twice per comparison.
        let ranked = recommendations.map { (rank: Recommendation.kinds.firstIndex(of: $0.kind) ?? Recommendation.kinds.count, $0) }
        self.recommendations = ranked.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.1.certainty != b.1.certainty { return a.1.certainty > b.1.certainty }
            return a.1.target < b.1.target
        }.map(\.1)
    }

    /// Reads the `placement` and `recommendation` facts of a session.
    init(session: Session) {
        let placement = session.facts(of: .placement).first.map {
            Placement(role: $0.text(.role), title: $0.text(.title).isEmpty ? $0.text(.role) : $0.text(.title), certainty: $0.number(.certainty) ?? 0, because: $0.list(.because))
        }
        let recommendations = session.facts(of: .recommendation).map {
            Recommendation(kind: $0.text(.kind), target: $0.text(.target), title: $0.text(.title),
                           detail: $0.text(.detail), certainty: $0.number(.certainty) ?? 0, because: $0.list(.because))
        }
        self.init(placement: placement, recommendations: recommendations)
    }
}
