extension Brief {
    /// Builds the brief from a session's answers and advice.
    public init(session: AdvisorSession) {
        let document = AdviceDocument(session: session)
        let advice = session.advice
        let map = session.knowledge.map
        schema = Self.schema
        knowledge = document.knowledge
        complete = document.complete
        var groups: [ThemeGroup] = []
        for answer in document.answers where answer.value != ["unknown"] {
            if let i = groups.firstIndex(where: { $0.theme == answer.theme }) {
                groups[i] = ThemeGroup(theme: answer.theme, answers: groups[i].answers + [answer])
            } else {
                groups.append(ThemeGroup(theme: answer.theme, answers: [answer]))
            }
        }
        profile = groups
        placement = advice.placement
        strengths = document.answers.filter { ["skills", "strengths"].contains($0.theme) }
            .flatMap { $0.display.components(separatedBy: ", ") }
            .filter { !$0.isEmpty && $0 != "(skipped)" && !$0.lowercased().hasPrefix("none") }
        nextSteps = advice.recommendations(ofKind: "next-step")
        alternatives = advice.recommendations(ofKind: "alternative")
        cautions = advice.recommendations(ofKind: "caution")
        let success = nextSteps.first.flatMap { step in map.nodes.first { $0.id == step.target }?.success } ?? []
        gaps = advice.recommendations(ofKind: "skill").map { Gap(skill: $0, successAtNextLevel: success) }
        plan = Self.plan(skills: advice.recommendations(ofKind: "skill"), next: nextSteps.first)
        questionsForTheConversation = Self.questions(next: nextSteps.first, alternatives: alternatives, cautions: cautions)
        self.map = map.dot(highlighting: .init(current: advice.placement?.role, recommended: nextSteps.map(\.target),
                                              alternatives: alternatives.map(\.target)), personal: true)
    }

    /// A 30/60/90-day plan: the highest-ranked skills first, two at a time, then a review.
    static func plan(skills: [Recommendation], next: Recommendation?) -> [PlanStep] {
        let periods = ["Days 1–30", "Days 31–60", "Days 61–90"]
        var steps: [PlanStep] = []
        for (i, period) in periods.enumerated() {
            let chunk = Array(skills.dropFirst(i * 2).prefix(2))
            var actions = chunk.map { "Practise \($0.title.lowercased()) on one piece of real work, and ask for feedback on it." }
            if i == 0 { actions.insert("Agree with your mentor what progress towards \(next?.title ?? "your next step") would look like.", at: 0) }
            if i == 2 { actions.append("Review with your mentor what changed, and pick the next skills to work on.") }
            if actions.isEmpty { actions = ["Keep using what you practised in real work, and note examples to discuss."] }
            steps.append(PlanStep(period: period, actions: actions))
        }
        return steps
    }

    static func questions(next: Recommendation?, alternatives: [Recommendation], cautions: [Recommendation]) -> [String] {
        var out: [String] = []
        if let next {
            out.append("What would show, here, that I am ready for \(next.title)?")
            out.append("Which piece of work in the next quarter could stretch me towards it?")
        }
        if let alternative = alternatives.first {
            out.append("Is \(alternative.title) worth exploring, and who could I talk to who made that move?")
        }
        for caution in cautions.prefix(2) { out.append("How should I think about this: \(caution.title.lowercased())?") }
        out.append("What do you see me doing well that I might be underrating?")
        return out
    }
}
