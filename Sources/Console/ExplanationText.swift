import Advisor

/// An explanation tree for a person: one bullet per step, indented by depth, wrapped.
public enum ExplanationText {
    public static func text(_ explanation: Explanation, style: TextStyle) -> String {
        explanation.lines().map { line in
            let pad = String(repeating: "  ", count: line.depth)
            return line.depth == 0 ? style.heading(style.wrap(line.text, first: "", rest: "  "))
                : style.wrap(line.text, first: pad + "- ", rest: pad + "  ")
        }.joined(separator: "\n")
    }

    public static func markdown(_ explanation: Explanation) -> String {
        explanation.lines().map { line in
            line.depth == 0 ? "**\(line.text)**\n" : String(repeating: "  ", count: line.depth - 1) + "- " + line.text
        }.joined(separator: "\n")
    }
}
