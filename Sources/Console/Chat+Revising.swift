import Advisor

/// Changing earlier answers, for real (`change`) or hypothetically (`what-if`).
extension Chat {
    /// `change Q` asks Q again; `change Q = value` answers it at once. Q is a question id or
    /// its number in `status`.
    func change(_ target: String?) throws {
        guard let target, !target.isEmpty else {
            say("Change which answer? change QUESTION (status lists your answers and their numbers).")
            return
        }
        let parts = target.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let question = answeredQuestion(parts[0]) else {
            say("\(parts[0]) is not one of the questions you have answered; status lists them.")
            return
        }
        guard parts.count == 2 else {
            pendingChange = question.id
            say(QuestionText.render(question, number: 0, style: style).replacingOccurrences(of: "0. ", with: "Change: ", options: .anchored))
            say(style.dim("   Your answer was: \(question.display(session.answer(to: question.id)?.value ?? .unknown))"))
            return
        }
        try revise(question.id, parts[1])
    }

    /// Applies a revised answer and shows what it changed.
    func revise(_ questionID: String, _ typed: String) throws {
        let before = session.advice
        try session.answer(questionID, typed)
        pendingChange = nil
        say(AdviceDiffText.text(AdviceDiff(from: before, to: session.advice), before: "before", after: "now", style: style))
        if session.openQuestion != nil { say("") }
    }

    func whatIf(_ text: String?) throws {
        guard let text, !text.isEmpty else {
            say("what-if QUESTION = VALUE, ... shows the advice those answers would give, next to yours.")
            return
        }
        let fork = try session.whatIfAdvice(AdvisorSession.parseAssignments(text))
        say(AdviceDiffText.text(AdviceDiff(from: session.advice, to: fork.advice), before: "yours", after: "what if", style: style))
        if let open = fork.openQuestion { say(style.dim("(With those answers I would also ask: \(open.text))")) }
    }

    private func answeredQuestion(_ reference: String) -> Question? {
        if let n = Int(reference), session.answers.indices.contains(n - 1) {
            return session.question(session.answers[n - 1].question)
        }
        guard session.answer(to: reference) != nil else { return nil }
        return session.question(reference)
    }
}

extension Chat {
    /// `why-not ROLE`: what stands between the person and a role that was not recommended.
    func explainWhyNot(_ query: String?) throws {
        guard let query, !query.isEmpty else {
            say("Why not which role? e.g. why-not director-of-product")
            return
        }
        switch try session.whyNot(query) {
        case .unknown:
            say("\"\(query)\" is not a role I know. (kb graph lists them; ids such as group-pm work.)")
        case .current(let placement):
            say("\(placement.title) is where your answers place you now.")
        case .below(let title, let placement):
            say(style.wrap("\(title) is below \(placement.title), where your answers place you: it would be a step back.", first: "", rest: ""))
        case .recommended(let r):
            say("\(r.title) is recommended (\(r.kind), \(percentText(r.certainty))); how \(r.target) shows why.")
        case .notRecommended(let gap):
            if !gap.path.isEmpty {
                say(style.wrap("\(gap.title) is not a move open from where you are now. The usual way there: \(gap.path.joined(separator: " → ")).", first: "", rest: ""))
                say(style.wrap("The skills to focus on (advice) are the ones the first step asks for.", first: "", rest: ""))
            } else if gap.unreachable {
                say(style.wrap("No move from where your answers place you leads to \(gap.title), and nothing in your answers points towards it.", first: "", rest: ""))
            } else {
                if let total = gap.total, total > 0 {
                    say(style.wrap("The evidence for \(gap.title) adds up to \(percentText(total)), not enough for a recommendation.", first: "", rest: ""))
                } else {
                    say(style.wrap("What counts against \(gap.title) outweighs what counts for it.", first: "", rest: ""))
                }
                if !gap.against.isEmpty { say("What counts against it:") }
                for reason in gap.against { say(style.wrap(reason, first: "  - ", rest: "    ")) }
                if !gap.support.isEmpty { say("What counts for it:") }
                for reason in gap.support { say(style.wrap(reason, first: "  + ", rest: "    ")) }
            }
        }
    }
}
