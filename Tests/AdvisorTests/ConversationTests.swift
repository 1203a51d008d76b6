import Advisor
import Testing

@Suite("A conversation asks, takes answers, and never loses them")
struct ConversationTests {
    let knowledge = Fixtures.knowledge

    @Test func firstQuestionIsTheTitleAndAnswersOpenTheNextOne() throws {
        let session = try AdvisorSession(knowledge: knowledge)
        #expect(session.openQuestion?.id == "current-title")
        #expect(session.advice.placement == nil)
        try session.answer("pm")
        #expect(session.answers.map(\.question) == ["current-title"])
        #expect(session.openQuestion != nil)
        #expect(session.openQuestion?.id != "current-title")
    }

    @Test func badAnswersAreRefusedAndChangeNothing() throws {
        let session = try AdvisorSession(knowledge: knowledge)
        try session.answer("pm")
        let open = try #require(session.openQuestion)
        let before = session.answers
        #expect(throws: AdvisorError.self) { try session.answer("definitely not a choice 99") }
        #expect(throws: AdvisorError.self) { try session.answer("no-such-question", "1") }
        #expect(session.answers == before)
        #expect(session.openQuestion == open)
    }

    @Test func backReopensTheLastQuestionAndRestartForgetsEverything() throws {
        let session = try AdvisorSession(knowledge: knowledge)
        try session.answer("pm")
        let second = try #require(session.openQuestion)
        try session.skip()
        #expect(session.answer(to: second.id)?.value == .unknown)
        let withdrawn = try session.back()
        #expect(withdrawn.question == second.id)
        #expect(session.openQuestion == second)
        try session.restart()
        #expect(session.answers.isEmpty)
        #expect(session.openQuestion?.id == "current-title")
        #expect(throws: AdvisorError.self) { try session.back() }
    }

    @Test func replayingTheLogRebuildsTheSameAdvice() throws {
        let run = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("senior-pm-ic-depth"))
        #expect(run.session.isComplete)
        let replayed = try AdvisorSession(knowledge: knowledge, replaying: run.session.answers)
        #expect(replayed.advice == run.session.advice)
        #expect(replayed.answers == run.session.answers)
    }

    @Test func revisingAnAnswerEndsWhereAFreshSessionWithTheFinalAnswersEnds() throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("mid-pm-wants-to-manage")).session
        let before = session.advice
        try session.answer("goal", "deepen")
        while session.openQuestion != nil { try session.skip() }
        #expect(session.advice != before)
        let fresh = try AdvisorSession(knowledge: knowledge, replaying: session.answers)
        #expect(fresh.advice == session.advice)
        #expect(fresh.isComplete)
    }

    @Test func aRunawayRuleFailsOneAnswerAndKeepsTheRest() throws {
        let copy = try Fixtures.knowledgeCopy()
        let loop = """
        (deftemplate tick (slot n))
        (defrule start-ticking (answer (question goal)) => (assert (tick (n 0))))
        (defrule keep-ticking ?t <- (tick (n ?n)) => (retract ?t) (assert (tick (n (+ ?n 1)))))
        """
        try (String(contentsOf: copy.appendingPathComponent("context.clp"), encoding: .utf8) + "\n" + loop)
            .write(to: copy.appendingPathComponent("context.clp"), atomically: true, encoding: .utf8)
        let runaway = try KnowledgeBase(directory: copy)
        let session = try AdvisorSession(knowledge: runaway)
        session.stepBudget = 20_000
        try session.answer("pm")
        while let open = session.openQuestion, open.id != "goal" { try session.skip() }
        let before = session.answers
        #expect(throws: AdvisorError.self) { try session.answer("climb") }
        #expect(session.answers == before)
        #expect(session.openQuestion?.id == "goal")
    }
}
