import Advisor
import Foundation
import Testing

@Suite("career kb: the shipped knowledge base is clean and its personas get their advice")
struct KnowledgeToolTests {
    @Test func shippedKnowledgeBaseHasNoProblems() throws {
        let problems = try KnowledgeCheck.problems(in: Fixtures.knowledge)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(arguments: ScenarioSuite(knowledge: Fixtures.knowledge).names)
    func scenarioPersonaGetsTheExpectedAdvice(name: String) {
        let result = ScenarioSuite(knowledge: Fixtures.knowledge).run(name, knowledge: Fixtures.knowledge)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.failures.isEmpty, "\(result.failures.map(\.description))")
    }

    @Test func atLeastTwelvePersonas() {
        #expect(ScenarioSuite(knowledge: Fixtures.knowledge).names.count >= 12)
    }

    @Test func checkFindsBrokenReferencesUnaskedQuestionsAndDeadRules() throws {
        let copy = try Fixtures.knowledgeCopy()
        let extra = """
        (deftemplate ghost (slot x))
        (defrule haunt (ghost (x ?x)) => (printout t ?x crlf))
        (deffacts extra (question (id orphan) (text "Unused?") (kind yes-no))
                        (role (id typo-role) (title "T") (grow-skills teleportation)))
        (defrule bad-ask (answer (question no-such-question)) => )
        """
        let file = copy.appendingPathComponent("context.clp")
        try (String(contentsOf: file, encoding: .utf8) + "\n" + extra).write(to: file, atomically: true, encoding: .utf8)
        let problems = try KnowledgeCheck.problems(in: KnowledgeBase(directory: copy))
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.contains("haunt can never fire") })
        #expect(messages.contains { $0.contains("orphan is never asked") })
        #expect(messages.contains { $0.contains("no-such-question is not a declared question") })
        #expect(messages.contains { $0.contains("teleportation") })
        #expect(problems.allSatisfy { $0.location?.file == file.path })
    }

    @Test func loadErrorsNameTheFileAndLine() throws {
        let copy = try Fixtures.knowledgeCopy()
        try "(defrule broken (answer (question x)) => (assert (oops)\n".write(to: copy.appendingPathComponent("references.clp"), atomically: true, encoding: .utf8)
        #expect(throws: KnowledgeError.self) { try KnowledgeBase(directory: copy) }
        do { _ = try KnowledgeBase(directory: copy) } catch {
            #expect(error.description.contains("references.clp:"))
        }
        try "(load* \"roles.clp\")\n(load* \"missing.clp\")\n".write(to: copy.appendingPathComponent("load.clp"), atomically: true, encoding: .utf8)
        do { _ = try KnowledgeBase(directory: copy); Issue.record("loaded a manifest naming a missing file") } catch {
            #expect(error.description.contains("load.clp:2:1"))
        }
    }

    @Test func mapHasEveryRoleAndHighlightsAPerson() {
        let map = Fixtures.knowledge.map
        #expect(map.nodes.contains { $0.id == "cpo" })
        #expect(map.edges.contains { $0.from == "pm" && $0.to == "senior-pm" })
        let dot = map.dot(highlighting: .init(current: "pm", recommended: ["senior-pm"], alternatives: ["founder"]))
        #expect(dot.hasPrefix("digraph career {"))
        #expect(dot.contains("you are here"))
        #expect(dot.contains("\"pm\" -> \"senior-pm\" [tooltip=\"promotion\", penwidth=3"))
    }
}
