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

    /// Conversations start from one shared working memory when the knowledge base allows it;
    /// one that does not (here, a rule holding a fact by logical support at the start) gets a
    /// session of its own per conversation, with the same advice.
    @Test func sharedAndOwnStartingMemoriesGiveTheSameAdvice() throws {
        let copy = try Fixtures.knowledgeCopy()
        let file = copy.appendingPathComponent("context.clp")
        try (String(contentsOf: file, encoding: .utf8) + "\n(defrule started (logical (kb-info)) => (assert (started)))\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let unshared = try KnowledgeBase(directory: copy)
        #expect(knowledge.sharesInitialMemory && !unshared.sharesInitialMemory)
        for scenario in ["mid-pm-wants-to-manage", "senior-pm-ic-depth"] {
            let answers = try Fixtures.scenario(scenario)
            let shared = try ScriptedRun(knowledge: knowledge, answers: answers).session
            let own = try ScriptedRun(knowledge: unshared, answers: answers).session
            #expect(shared.isComplete && own.isComplete)
            #expect(shared.advice == own.advice)
        }
    }

    @Test func aConversationDoesNotSeeAnotherOnesAnswers() throws {
        let first = try AdvisorSession(knowledge: knowledge)
        let second = try AdvisorSession(knowledge: knowledge)
        try first.answer("pm")
        #expect(second.openQuestion?.id == "current-title")
        try second.answer("associate-pm")
        #expect(first.answer(to: "current-title")?.value != second.answer(to: "current-title")?.value)
        #expect(try AdvisorSession(knowledge: knowledge).openQuestion?.id == "current-title")
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
