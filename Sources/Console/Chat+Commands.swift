import Advisor

/// What a person can type instead of an answer.
enum Command: Equatable {
    case help, why, back, skip, restart, status, advice, quit
    case save(String?), load(String?), sessions, how(String?), whyNot(String?), change(String?), whatIf(String?), report(String?)

    static let names = ["help", "why", "back", "skip", "restart", "status", "advice", "save", "load", "sessions", "how", "why-not", "change", "what-if", "report", "quit"]

    /// A command when the whole line is one (commands win over answers; no choice is named
    /// like a command), nil otherwise.
    init?(_ text: String) {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        switch words[0].lowercased() {
        case "save": self = .save(argument); return
        case "load": self = .load(argument); return
        case "how": self = .how(argument); return
        case "change": self = .change(argument); return
        case "why-not", "whynot": self = .whyNot(argument); return
        case "report": self = .report(argument); return
        case "what-if", "whatif": self = .whatIf(argument); return
        default: break
        }
        switch text.lowercased() {
        case "help", "h": self = .help
        case "why": self = .why
        case "back", "undo": self = .back
        case "skip", "?": self = .skip
        case "restart": self = .restart
        case "status": self = .status
        case "advice": self = .advice
        case "sessions": self = .sessions
        case "quit", "exit", "q": self = .quit
        default: return nil
        }
    }
}

extension Chat {
    func perform(_ command: Command) {
        do {
            switch command {
            case .help: say(Self.helpText)
            case .why: try explainWhy()
            case .back:
                let withdrawn = try session.back()
                say("Withdrawn your answer to: \(session.question(withdrawn.question)?.text ?? withdrawn.question)")
            case .skip:
                try session.skip()
                say("")
            case .restart:
                try session.restart()
                say("Starting again; every answer is forgotten.\n")
            case .status: say(status())
            case .advice: say(AdviceText.text(session.advice, style: style))
            case .quit: finished = true
            case .save(let name): try save(as: name)
            case .load(let name): try load(name)
            case .sessions: say(try listSessions())
            case .how(let query): try explainHow(query)
            case .change(let target): try change(target)
            case .whyNot(let role): try explainWhyNot(role)
            case .report(let file): try writeReport(to: file)
            case .whatIf(let assignments): try whatIf(assignments)
            }
        } catch {
            say(style.wrap("\(error)", first: "  ", rest: "  "))
        }
    }

    static let helpText = """
    Answer a question by typing a choice's number or the start of its label; several choices
    are separated by commas. Commands:
      skip      leave this question unanswered
      back      withdraw your last answer and ask it again
      restart   forget every answer and begin again
      status    what you have answered so far
      advice    the advice your answers give so far
      save NAME keep this conversation under NAME (load it again later)
      load NAME continue a saved conversation
      sessions  list saved conversations
      why       why this question is asked
      how X     how a recommendation (or your placement: how placement) was reached
      why-not R why a role was not recommended, and what stands in the way
      report [FILE]  the mentoring-prep brief (Markdown; FILE.html for HTML, FILE.json for JSON)
      change Q  answer question Q again (change Q = value does it at once); status lists them
      what-if Q = V, ...  the advice with other answers, next to yours; yours stay as they are
      help      this list
      quit      leave (Ctrl-D does the same)
    """

    func status() -> String {
        guard !session.answers.isEmpty else { return "You have not answered anything yet." }
        var lines = ["Your answers so far:"]
        for (n, entry) in session.answers.enumerated() {
            guard let q = session.question(entry.question) else { continue }
            lines.append(style.wrap("\(q.text) \(q.display(entry.value))  [\(q.id)]", first: "  \(n + 1). ", rest: "     "))
        }
        return lines.joined(separator: "\n")
    }
}

extension Chat {
    func explainHow(_ query: String?) throws {
        guard let query, !query.isEmpty else {
            say("How what? Name a recommendation, e.g. how \(session.advice.recommendations.first?.target ?? "placement"), or how placement.")
            return
        }
        guard let explanation = try session.how(query) else {
            say("\"\(query)\" is not one of your recommendations or your placement. (advice lists them.)")
            return
        }
        say(ExplanationText.text(explanation, style: style))
    }
}

extension Chat {
    /// `why`: the first time for a question, what asked it and what reads the answer; each
    /// further `why` goes one step further towards the advice.
    func explainWhy() throws {
        guard let question = session.openQuestion else {
            say("No question is open. To see how a piece of advice was reached, type how and its name.")
            return
        }
        whyDepth = whyQuestion == question.id ? whyDepth + 1 : 1
        whyQuestion = question.id
        guard let why = try session.why(depth: whyDepth) else { return }
        if whyDepth == 1 {
            say(style.wrap("I ask this because: \(why.askedBecause)", first: "", rest: "  "))
            for basis in why.basedOn { say(style.wrap(basis, first: "  - ", rest: "    ")) }
            say("Your answer is used to:")
        } else {
            say("Which in turn feeds:")
        }
        for line in why.leadsTo { say(style.wrap(line, first: "  - ", rest: "    ")) }
        if why.canGoFurther { say(style.dim("(why again goes one step further)")) }
    }
}
