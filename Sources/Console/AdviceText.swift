import Advisor

/// The final advice for a person, in plain text or Markdown: where you are and why, next
/// steps, alternative paths, skills to focus on, cautions.
public enum AdviceText {
    static let sections: [(kind: String, heading: String, empty: String)] = [
        ("next-step", "Next step", "No next step stands out from your answers yet."),
        ("alternative", "Alternative paths", "No alternative path stands out from your answers."),
        ("skill", "Skills to focus on", "No particular skill stands out; keep building on your strengths."),
        ("caution", "Cautions", "Nothing in your answers calls for a caution."),
    ]

    /// Plain text, wrapped to the style's width.
    public static func text(_ advice: Advice, style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.heading("Where you are"))
        if let p = advice.placement {
            out.append(style.wrap("\(p.title) (certainty \(percentText(p.certainty)))", first: "  ", rest: "  "))
            for reason in p.because { out.append(style.wrap(reason, first: "    - ", rest: "      ")) }
        } else {
            out.append(style.wrap("Your answers do not place you on the ladder yet.", first: "  ", rest: "  "))
        }
        for section in sections {
            out.append("")
            out.append(style.heading(section.heading))
            let items = advice.recommendations(ofKind: section.kind)
            if items.isEmpty { out.append(style.wrap(section.empty, first: "  ", rest: "  ")) }
            for (n, r) in items.enumerated() {
                out.append(style.wrap("\(r.title) (\(percentText(r.certainty)))", first: "  \(n + 1). ", rest: "     "))
                if !r.detail.isEmpty { out.append(style.dim(style.wrap(r.detail, first: "     ", rest: "     "))) }
                for reason in r.because { out.append(style.wrap(reason, first: "     - ", rest: "       ")) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown, one `##` section per part of the advice.
    public static func markdown(_ advice: Advice, title: String = "Your career advice") -> String {
        var out = ["# \(title)", "", "## Where you are", ""]
        if let p = advice.placement {
            out.append("**\(p.title)** (certainty \(percentText(p.certainty)))")
            out.append("")
            out += p.because.map { "- \($0)" }
        } else {
            out.append("Your answers do not place you on the ladder yet.")
        }
        for section in sections {
            out += ["", "## \(section.heading)", ""]
            let items = advice.recommendations(ofKind: section.kind)
            if items.isEmpty { out.append(section.empty) }
            for (n, r) in items.enumerated() {
                out.append("\(n + 1). **\(r.title)** (\(percentText(r.certainty)))" + (r.detail.isEmpty ? "" : " — \(r.detail)"))
                out += r.because.map { "   - \($0)" }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
