/// What changed between two versions of the advice: after a revised answer, or between the
/// real session and a what-if fork.
public struct AdviceDiff: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public let kind: String
        public let title: String
        public let before: Double?
        public let after: Double?
    }

    public let placementBefore: Placement?
    public let placementAfter: Placement?
    /// Recommendations that appeared, disappeared, or whose certainty moved, in presentation order.
    public let changes: [Change]

    public init(from old: Advice, to new: Advice) {
        placementBefore = old.placement
        placementAfter = new.placement
        var changes: [Change] = []
        let oldByKey = Dictionary(old.recommendations.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let newKeys = Set(new.recommendations.map(\.key))
        for r in new.recommendations where oldByKey[r.key]?.certainty != r.certainty {
            changes.append(Change(kind: r.kind, title: r.title, before: oldByKey[r.key]?.certainty, after: r.certainty))
        }
        for r in old.recommendations where !newKeys.contains(r.key) {
            changes.append(Change(kind: r.kind, title: r.title, before: r.certainty, after: nil))
        }
        self.changes = changes
    }

    public var placementChanged: Bool { placementBefore?.role != placementAfter?.role }
    public var isEmpty: Bool { changes.isEmpty && !placementChanged }
}
