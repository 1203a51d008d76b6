import Advisor
import Foundation

extension Chat {
    /// `report` prints the brief as Markdown; `report FILE` writes it, as HTML or JSON when
    /// the file name says so.
    func writeReport(to file: String?) throws {
        let brief = try session.brief()
        guard let file else {
            say(brief.markdown)
            return
        }
        let text: String
        switch (file as NSString).pathExtension.lowercased() {
        case "html", "htm": text = brief.html(svg: Graphviz.svg(brief.map))
        case "json": text = try brief.jsonText() + "\n"
        default: text = brief.markdown
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        say("Wrote the brief to \(file).")
    }
}
