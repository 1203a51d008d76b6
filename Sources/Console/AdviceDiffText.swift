import Advisor

/// A change in the advice, for a person: what appeared, what went, what moved.
enum AdviceDiffText {
    static func text(_ diff: AdviceDiff, before: String, after: String, style: TextStyle) -> String {
        guard !diff.isEmpty else { return "The advice does not change." }
        var lines: [String] = []
        if diff.placementChanged {
            lines.append("Where you are: \(diff.placementBefore?.title ?? "not placed") → \(diff.placementAfter?.title ?? "not placed")")
        }
        let width = max(diff.changes.map(\.title.count).max() ?? 0, 10)
        lines.append("  " + "".padding(toLength: width + 14, withPad: " ", startingAt: 0) + before.padding(toLength: 10, withPad: " ", startingAt: 0) + after)
        for change in diff.changes {
            let mark = change.before == nil ? "+" : change.after == nil ? "-" : "~"
            let kind = change.kind.padding(toLength: 12, withPad: " ", startingAt: 0)
            lines.append("\(mark) \(kind)\(change.title.padding(toLength: width + 2, withPad: " ", startingAt: 0))"
                + cell(change.before).padding(toLength: 10, withPad: " ", startingAt: 0) + cell(change.after))
        }
        return lines.joined(separator: "\n")
    }

    private static func cell(_ certainty: Double?) -> String {
        certainty.map { percentText($0) } ?? "—"
    }
}
