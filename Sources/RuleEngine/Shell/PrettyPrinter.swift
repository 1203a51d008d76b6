/// Lays a construct out the way CLIPS's `ppdefrule` does: one condition or action per line,
/// indented three spaces, with `if` split over `then` and `else` lines.
enum PrettyPrinter {
    static func format(_ source: String, module: String = "MAIN") -> String {
        var reader = Reader(source, file: "")
        guard let form = try? reader.read(), let items = form.items, items.count >= 2 else { return source }
        var head = "(" + items[0].sourceText + " "
        let name = items[1].sourceText
        head += name.contains("::") ? name : module + "::" + name
        var rest = Array(items.dropFirst(2))
        if case .string? = rest.first?.atom {
            head += " " + rest[0].sourceText
            rest.removeFirst()
        }
        var lines = [head]
        var i = 0
        while i < rest.count {
            if case .variable? = rest[i].atom, i + 2 < rest.count, rest[i + 1].symbolName == "<-" {
                lines.append("   " + rest[i].sourceText + " <- " + rest[i + 2].sourceText)
                i += 3
                continue
            }
            lines.append(contentsOf: layout(rest[i], indent: 3))
            i += 1
        }
        lines[lines.count - 1] += ")"
        return lines.joined(separator: "\n")
    }

    private static func layout(_ e: SExpr, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard e.head == "if", let items = e.items, items.count >= 3 else { return [pad + e.sourceText] }
        var lines = [pad + "(if " + items[1].sourceText]
        for part in items.dropFirst(2) {
            if part.symbolName == "then" || part.symbolName == "else" {
                lines.append(pad + "   " + part.sourceText)
            } else {
                lines.append(contentsOf: layout(part, indent: indent + 3))
            }
        }
        lines[lines.count - 1] += ")"
        return lines
    }
}
