extension Brief {
    /// The brief as Markdown, one `##` section per part, readable as plain text too.
    public var markdown: String {
        var out = ["# Mentoring brief", ""]
        if !complete { out += ["> Some questions were left open, so this brief is based on part of the conversation.", ""] }
        out += ["## Profile", ""]
        for group in profile {
            out.append("**\(group.theme.capitalizedFirst)**")
            out += group.answers.map { "- \($0.text) — \($0.display)" }
            out.append("")
        }
        out += ["## Where you are", ""]
        if let p = placement {
            out += ["**\(p.title)** (certainty \(percentText(p.certainty)))", ""] + p.because.map { "- \($0)" }
        } else {
            out.append("The answers do not place you on the ladder yet.")
        }
        out += ["", "## Strengths", ""]
        out += strengths.isEmpty ? ["No strengths picked in the self-assessment yet."] : strengths.map { "- \($0)" }
        out += ["", "## Gaps to work on", ""]
        if gaps.isEmpty { out.append("No particular gap stands out.") }
        for (n, gap) in gaps.enumerated() {
            out.append("\(n + 1). **\(gap.skill.title)** (\(percentText(gap.skill.certainty)))" + (gap.skill.detail.isEmpty ? "" : " — \(gap.skill.detail)"))
        }
        if let success = gaps.first?.successAtNextLevel, !success.isEmpty {
            out += ["", "What success looks like at the next level:", ""] + success.map { "- \($0)" }
        }
        out += ["", "## Next step and readiness", ""]
        out += section(nextSteps, empty: "No next step stands out yet.")
        out += ["", "## Alternative paths", ""]
        out += section(alternatives, empty: "No alternative path stands out.")
        out += ["", "## Cautions", ""]
        out += section(cautions, empty: "Nothing calls for a caution.")
        out += ["", "## 30/60/90-day plan", ""]
        for step in plan { out += ["**\(step.period)**"] + step.actions.map { "- \($0)" } + [""] }
        out += ["## Questions for the conversation", ""] + questionsForTheConversation.map { "- \($0)" }
        out += ["", "## Career map", "", "Where you are is highlighted; the recommended next steps are drawn boldly and the alternatives dashed. Render with `dot -Tsvg`.", "", "```dot", map.trimmingCharacters(in: .newlines), "```", ""]
        out += ["Notes:", "", "_(space for the mentor's notes)_", ""]
        return out.joined(separator: "\n")
    }

    private func section(_ items: [Recommendation], empty: String) -> [String] {
        guard !items.isEmpty else { return [empty] }
        return items.enumerated().flatMap { n, r in
            ["\(n + 1). **\(r.title)** (\(percentText(r.certainty)))" + (r.detail.isEmpty ? "" : " — \(r.detail)")]
                + r.because.map { "   - \($0)" }
        }
    }
}
