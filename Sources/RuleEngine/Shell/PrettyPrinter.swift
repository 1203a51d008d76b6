/// Lays a construct out the way CLIPS's `ppdef...` commands do: one element per line, indented
/// three spaces; conditional elements that group others put each member on its own line
/// under the first; `if` and `while` split their bodies over further lines.
enum PrettyPrinter {
    /// - Parameter module: the module whose name qualifies the construct's; nil for `defmodule`.
    static func format(_ source: String, module: String?) -> String {
        var reader = Reader(source, file: "")
        guard let form = try? reader.read(), let items = form.items, items.count >= 2 else { return source }
        var head = "(" + items[0].sourceText + " "
        let name = items[1].sourceText
        head += name.contains("::") ? name : module.map { $0 + "::" + name } ?? name
        var rest = Array(items.dropFirst(2))
        if case .string? = rest.first?.atom {
            head += " " + rest[0].sourceText
            rest.removeFirst()
        }
        let isRule = items[0].symbolName == "defrule"
        var lines = [head]
        var i = 0
        var inConditions = isRule
        while i < rest.count {
            if rest[i].symbolName == "=>" { inConditions = false }
            if case .variable? = rest[i].atom, i + 2 < rest.count, rest[i + 1].symbolName == "<-" {
                lines.append("   " + rest[i].sourceText + " <- " + rest[i + 2].sourceText)
                i += 3
                continue
            }
            lines.append(contentsOf: inConditions ? indented(condition(rest[i], column: 3), 3) : action(rest[i], indent: 3))
            i += 1
        }
        lines[lines.count - 1] += ")"
        return lines.joined(separator: "\n")
    }

    /// `lines` with the first one indented by `column` (the others carry their own indent).
    private static func indented(_ lines: [String], _ column: Int) -> [String] {
        [String(repeating: " ", count: column) + lines[0]] + lines.dropFirst()
    }

    /// A conditional element starting at `column`; the first line is returned without indent.
    /// `and`, `or` and `not` keep their first member on their own line (`(or  (a)`), `exists`,
    /// `forall` and `logical` start every member on a new line; members line up five columns in.
    private static func condition(_ e: SExpr, column: Int) -> [String] {
        guard let head = e.head, let items = e.items,
              ["and", "or", "not", "exists", "forall", "logical"].contains(head) else { return [e.sourceText] }
        let inner = column + 5
        let pad = String(repeating: " ", count: inner)
        let inline = ["and", "or", "not"].contains(head)
        var lines = inline ? [] : ["(" + head]
        for (i, member) in items.dropFirst().enumerated() {
            let sub = condition(member, column: inner)
            if inline && i == 0 {
                lines.append("(" + head + String(repeating: " ", count: 4 - head.count) + sub[0])
            } else {
                lines.append(pad + sub[0])
            }
            lines += sub.dropFirst()
        }
        lines[lines.count - 1] += ")"
        return lines
    }

    private static func action(_ e: SExpr, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard let head = e.head, head == "if" || head == "while", let items = e.items, items.count >= 3 else {
            return [pad + e.sourceText]
        }
        var lines = [pad + "(" + head + " " + items[1].sourceText]
        var body = items.dropFirst(2)
        if head == "while", body.first?.symbolName == "do" {
            lines[0] += " do"
            body = body.dropFirst()
        }
        for part in body {
            if part.symbolName == "then" || part.symbolName == "else" {
                lines.append(pad + "   " + part.sourceText)
            } else {
                lines.append(contentsOf: action(part, indent: indent + 3))
            }
        }
        lines[lines.count - 1] += ")"
        return lines
    }
}
