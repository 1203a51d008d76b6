import Advisor
import Foundation
import Testing

@Suite("The mentoring-prep brief")
struct BriefTests {
    let knowledge = Fixtures.knowledge
    static let sections = ["## Profile", "## Where you are", "## Strengths", "## Gaps to work on", "## Next step and readiness",
                           "## Alternative paths", "## Cautions", "## 30/60/90-day plan", "## Questions for the conversation",
                           "## Career map"]

    @Test(arguments: ExplanationTests.personas)
    func everyPersonaGetsEverySectionAndTheMap(persona: String) throws {
        let brief = Brief(session: try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario(persona)).session)
        for section in Self.sections { #expect(brief.markdown.contains(section + "\n"), "\(persona) lacks \(section)") }
        #expect(brief.map.contains("you are here"))
        let html = brief.html(svg: Graphviz.svg(brief.map))
        for section in Self.sections { #expect(html.contains("<h2>\(section.dropFirst(3))</h2>")) }
        #expect(html.contains("<svg"), "graphviz's dot is installed by make test, so the map must be drawn")
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\"http"), "the page must load nothing")
        let decoded = try JSONDecoder().decode(Brief.self, from: Data(brief.jsonText().utf8))
        #expect(decoded == brief)
    }

    @Test func withoutGraphvizTheHTMLSaysSoInsteadOfABrokenPicture() throws {
        let brief = Brief(session: try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("startup-apm")).session)
        let html = brief.html(svg: nil)
        #expect(html.contains("id=\"map-note\""))
        #expect(!html.contains("<svg"))
    }

    /// Golden files: the brief's Markdown and JSON for every persona, with the knowledge-base
    /// fingerprint blanked. `UPDATE_GOLDEN=1 swift test --filter BriefTests` rewrites them.
    @Test(arguments: ExplanationTests.personas)
    func matchesTheGoldenFiles(persona: String) throws {
        let brief = Brief(session: try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario(persona)).session)
        let json = try brief.jsonText().replacingOccurrences(of: knowledge.fingerprint, with: "FINGERPRINT") + "\n"
        let folder = Fixtures.repository.appendingPathComponent("Tests/AdvisorTests/Golden")
        for (name, text) in [("\(persona).md", brief.markdown), ("\(persona).json", json)] {
            let file = folder.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
                try text.write(to: file, atomically: true, encoding: .utf8)
            }
            let golden = try String(contentsOf: file, encoding: .utf8)
            #expect(text == golden, "\(name) differs from the golden file; if the change is intended, rerun with UPDATE_GOLDEN=1")
        }
    }
}
