import Advisor
import Testing

@Suite("Explanations trace advice to answers; revisions and what-ifs behave")
struct ExplanationTests {
    let knowledge = Fixtures.knowledge
    static let personas = ScenarioSuite(knowledge: Fixtures.knowledge).names

    @Test(arguments: personas)
    func everyRecommendationTracesBackToTheAnswers(persona: String) throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario(persona)).session
        #expect(!session.advice.recommendations.isEmpty)
        for (recommendation, explanation) in session.explanations() {
            #expect(explanation.text == recommendation.title)
            #expect(explanation.leaves.contains { $0.text.hasPrefix("You answered") },
                    "\(persona): \(recommendation.key) does not reach an answer:\n\(explanation.outline)")
        }
        let placement = try #require(session.how("placement"))
        #expect(placement.leaves.contains { $0.text.hasPrefix("You answered") })
    }

    @Test func howFindsRecommendationsByIdTitleOrPrefix() throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("inflated-title")).session
        #expect(session.how("senior-pm")?.text == "Senior Product Manager")
        #expect(session.how("Senior Product Manager")?.text == "Senior Product Manager")
        #expect(session.how("there may")?.text == "There may be no one to lead yet")
        #expect(session.how("no such thing") == nil)
    }

    @Test func whyNamesWhatAskedTheQuestionAndWhatTheAnswerFeeds() throws {
        let session = try AdvisorSession(knowledge: knowledge)
        let first = try #require(session.why())
        #expect(first.askedBecause.contains("starts"))
        try session.answer("pm")
        let why = try #require(session.why())
        #expect(why.basedOn.contains { $0.contains("Product Manager") })
        #expect(!why.leadsTo.isEmpty)
        let further = try #require(session.why(depth: 2))
        #expect(further.leadsTo != why.leadsTo)
    }

    @Test func whatIfLeavesTheSessionUntouched() throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("inflated-title")).session
        let before = (session.answers, session.advice)
        let fork = try session.whatIf(AdvisorSession.parseAssignments("goal = deepen, energisers = deep-craft, technical-depth"))
        #expect(fork.answer(to: "energisers")?.value == .choices(["deep-craft", "technical-depth"]))
        #expect(fork.advice != session.advice)
        #expect(session.answers == before.0)
        #expect(session.advice == before.1)
        #expect(throws: AdvisorError.self) { try AdvisorSession.parseAssignments("deepen") }
    }

    /// Revising answers in any order ends where a fresh session given the final answers ends.
    @Test(arguments: personas)
    func randomRevisionsEndInTheFreshState(persona: String) throws {
        var rng = SplitMix(seed: UInt64(persona.utf8.reduce(0) { $0 &* 31 &+ Int($1) }.magnitude))
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario(persona)).session
        for _ in 0..<4 {
            let entry = session.answers[rng.next(session.answers.count)]
            guard let question = knowledge.question(entry.question) else { continue }
            let typed: String
            switch question.kind {
            case .single, .multiple, .yesNo:
                typed = question.choices.isEmpty ? (rng.next(2) == 0 ? "yes" : "no") : "\(rng.next(question.choices.count) + 1)"
            case .number: typed = "\(Int(question.minimum) + rng.next(Int(min(question.maximum, 30) - question.minimum) + 1))"
            case .text: typed = "anything"
            }
            try session.answer(question.id, typed)
            while session.openQuestion != nil { try session.skip() }
        }
        let fresh = try AdvisorSession(knowledge: knowledge, replaying: session.answers)
        #expect(fresh.advice == session.advice)
        #expect(fresh.isComplete)
    }

    @Test(arguments: personas)
    func whyNotNamesSomethingForEveryRoleNotRecommended(persona: String) throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario(persona)).session
        var unexplained: [String] = []
        for role in knowledge.map.nodes {
            switch session.whyNot(role.id) {
            case .recommended(let r): #expect(r.target == role.id)
            case .current(let p): #expect(p.role == role.id)
            case .below(_, let p): #expect(p.role != role.id)
            case .unknown: Issue.record("\(role.id) is on the map but why-not does not know it")
            case .notRecommended(let gap):
                if gap.against.isEmpty && gap.path.isEmpty && gap.support.isEmpty && !gap.unreachable { unexplained.append(role.id) }
            }
        }
        #expect(unexplained.isEmpty, "\(persona): nothing said against \(unexplained)")
    }

    @Test func adviceDiffReportsAddedRemovedAndMoved() throws {
        let session = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("inflated-title")).session
        let before = session.advice
        try session.answer("scope", "5")
        let diff = AdviceDiff(from: before, to: session.advice)
        #expect(diff.placementChanged)
        #expect(diff.changes.contains { $0.before == nil && $0.after != nil })
        #expect(diff.changes.contains { $0.before != nil && $0.after == nil })
        #expect(AdviceDiff(from: before, to: before).isEmpty)
    }
}

/// A small deterministic generator, so a failing revision sequence can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
