import Foundation

extension Brief {
    /// The brief as one self-contained HTML file: inline styles, the map as inline SVG when
    /// Graphviz's `dot` is installed, and a note instead of a broken picture when it is not.
    /// Nothing is fetched from the network.
    public func html(svg: String?) -> String {
        var body = ""
        var openList: String?
        var inCode = false
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if inCode { inCode = false; continue }
                inCode = true
                body += mapFigure(svg)
                continue
            }
            if inCode { continue }
            let item = line.trimmingCharacters(in: .whitespaces)
            let numbered = item.first?.isNumber == true && item.contains(". ")
            let listTag = item.hasPrefix("- ") ? (line.hasPrefix("   ") && openList == "ol" ? "ol" : "ul") : numbered ? "ol" : nil
            if let open = openList, listTag != open { body += "</\(open)>\n"; openList = nil }
            if line.hasPrefix("# ") { body += "<h1>\(inline(String(line.dropFirst(2))))</h1>\n" }
            else if line.hasPrefix("## ") { body += "<section><h2>\(inline(String(line.dropFirst(3))))</h2>\n" }
            else if let listTag {
                if openList == nil { body += "<\(listTag)>\n"; openList = listTag }
                if item.hasPrefix("- ") {
                    body += "<li class=\"\(line.hasPrefix("   ") ? "reason" : "item")\">\(inline(String(item.dropFirst(2))))</li>\n"
                } else {
                    // Explicit numbers: reason items between them must not shift the count.
                    let dot = item.range(of: ". ")!
                    body += "<li value=\"\(item[..<dot.lowerBound])\">\(inline(String(item[dot.upperBound...])))</li>\n"
                }
            } else if line.hasPrefix("> ") { body += "<p class=\"note\">\(inline(String(line.dropFirst(2))))</p>\n" }
            else if !line.isEmpty { body += "<p>\(inline(line))</p>\n" }
        }
        if let open = openList { body += "</\(open)>\n" }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Mentoring brief</title>
        <style>
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
        h1{border-bottom:2px solid #1b6ac9}h2{margin-top:2rem;color:#1b6ac9}
        li.reason{list-style:circle;margin-left:1.5rem;color:#555;font-size:.95em}.note{background:#fff4d6;padding:.5rem 1rem}
        figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}
        @media print{h2{break-after:avoid}}
        </style></head><body>
        \(body)</body></html>
        """
    }

    private func mapFigure(_ svg: String?) -> String {
        guard let svg, let start = svg.range(of: "<svg") else {
            return "<p class=\"note\" id=\"map-note\">The map picture needs Graphviz's <code>dot</code>, which is not installed here; the map's DOT source is in the Markdown and JSON versions of this brief.</p>\n"
        }
        return "<figure id=\"career-map\">\(svg[start.lowerBound...])</figure>\n"
    }

    private func inline(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        while let open = escaped.range(of: "**"), let close = escaped.range(of: "**", range: open.upperBound..<escaped.endIndex) {
            escaped.replaceSubrange(close, with: "</strong>")
            escaped.replaceSubrange(open, with: "<strong>")
        }
        return escaped.replacingOccurrences(of: "`", with: "")
    }
}

/// Renders DOT with Graphviz when `dot` is on the path.
public enum Graphviz {
    /// SVG for the DOT source, or nil when `dot` is missing or fails.
    public static func svg(_ dot: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        guard let tool = paths.map({ "\($0)/dot" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
