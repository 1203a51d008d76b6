import Advisor

/// What a person can type instead of an answer.
enum Command: Equatable {
    case help, why, back, skip, restart, status, advice, quit
    case save(String?), load(String?), sessions

    static let names = ["help", "why", "back", "skip", "restart", "status", "advice", "save", "load", "sessions", "quit"]

    /// A command when the whole line is one (commands win over answers; no choice is named
    /// like a command), nil otherwise.
    init?(_ text: String) {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : nil
        switch words[0].lowercased() {
        case "save": self = .save(argument); return
        case "load": self = .load(argument); return
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
            case .why:
                say("Explanations are coming: for now, each recommendation lists the reasons it was made.")
            case .back:
                let withdrawn = try session.back()
                say("Withdrawn your answer to: \(session.knowledge.question(withdrawn.question)?.text ?? withdrawn.question)")
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
      help      this list
      quit      leave (Ctrl-D does the same)
    """

    func status() -> String {
        guard !session.answers.isEmpty else { return "You have not answered anything yet." }
        var lines = ["Your answers so far:"]
        for entry in session.answers {
            guard let q = session.knowledge.question(entry.question) else { continue }
            lines.append(style.wrap("\(q.text) \(q.display(entry.value))", first: "  - ", rest: "    "))
        }
        return lines.joined(separator: "\n")
    }
}
