import RuleEngine

/// `why-not`: why a role was not recommended, and what stands in the way.
public enum WhyNotAnswer: Sendable, Equatable {
    /// It is recommended after all.
    case recommended(Recommendation)
    /// It is where the person is now.
    case current(Placement)
    /// It is a rung below where the person is placed, or where people start: a step back.
    case below(title: String, placement: Placement)
    /// Not recommended: the evidence there is, and when no evidence exists the usual path.
    case notRecommended(NotRecommended)
    /// No role by that name or id.
    case unknown

    public struct NotRecommended: Sendable, Equatable {
        public let title: String
        /// The combined certainty the evidence reached, when any was gathered.
        public let total: Double?
        /// Reasons that counted against it: the conditions that failed.
        public let against: [String]
        /// Reasons that counted for it, not enough on their own.
        public let support: [String]
        /// Roles from the current placement to it along the map, when it is not a move open
        /// from where the person is.
        public let path: [String]

        /// No evidence either way and no path on the map: no move from where the person is
        /// leads there.
        public var unreachable: Bool { total == nil && against.isEmpty && support.isEmpty && path.isEmpty }

        public init(title: String, total: Double?, against: [String], support: [String], path: [String]) {
            (self.title, self.total, self.against, self.support, self.path) = (title, total, against, support, path)
        }
    }
}

extension AdvisorSession {
    public func whyNot(_ query: String) -> WhyNotAnswer {
        let map = knowledge.map
        let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
        let matches = map.nodes.filter { $0.id == wanted || $0.title.lowercased() == wanted }
        let prefixed = map.nodes.filter { $0.id.hasPrefix(wanted) || $0.title.lowercased().hasPrefix(wanted) }
        guard let role = matches.first ?? (prefixed.count == 1 ? prefixed.first : nil) else { return .unknown }
        let advice = self.advice
        if let placement = advice.placement, placement.role == role.id { return .current(placement) }
        if let r = advice.recommendations.first(where: { $0.target == role.id && ["next-step", "alternative"].contains($0.kind) }) {
            return .recommended(r)
        }
        if let placement = advice.placement, let here = map.nodes.first(where: { $0.id == placement.role }),
           (role.level > 0 && role.level < here.level) || !map.edges.contains(where: { $0.to == role.id }) {
            return .below(title: role.title, placement: placement)
        }
        // Evidence facts about this role: a reason with a signed certainty factor. A fact about
        // it with a certainty but no reason is the running total.
        let about = engine.facts.filter { $0.text("target") == role.id && $0.template.name != Symbol("recommendation") }
        let evidence = about.compactMap { f -> (String, Double)? in
            let reason = f.text("reason")
            guard !reason.isEmpty, let cf = f.number("cf") else { return nil }
            return (reason, cf)
        }
        let totals = about.filter { $0.text("reason").isEmpty }.compactMap { $0.number("cf") }
        let path = evidence.isEmpty ? map.path(from: advice.placement?.role, to: role.id).map { id in
            map.nodes.first { $0.id == id }?.title ?? id
        } : []
        return .notRecommended(.init(title: role.title, total: totals.max(),
                                     against: evidence.filter { $0.1 < 0 }.map(\.0),
                                     support: evidence.filter { $0.1 > 0 }.map(\.0), path: path))
    }
}

extension LatticeMap {
    /// The fewest moves from one role to another, both ends included; empty when there is none.
    public func path(from start: String?, to goal: String) -> [String] {
        guard let start else { return [] }
        var previous: [String: String] = [start: start]
        var frontier = [start]
        while !frontier.isEmpty, previous[goal] == nil {
            var next: [String] = []
            for id in frontier {
                for edge in edges where edge.from == id && previous[edge.to] == nil {
                    previous[edge.to] = id
                    next.append(edge.to)
                }
            }
            frontier = next
        }
        guard previous[goal] != nil else { return [] }
        var path = [goal]
        while let last = path.last, last != start, let before = previous[last] { path.append(before) }
        return path.reversed()
    }
}
