import Advisor
import AdvisorStore
import Foundation

/// The interactive advisor: asks the knowledge base's questions one at a time, takes answers
/// and commands, and ends in advice. With standard input not a terminal the same loop reads
/// plain lines, which is what makes `career < script` a scripted session.
public final class Chat {
    var session: any Conversation
    let editor: any LineEditor
    let style: TextStyle
    let write: (String) -> Void
    /// Echo typed lines, so that a scripted session's transcript shows its answers.
    let echoInput: Bool
    var adviceShown = false
    /// The question last put to the person, so that a bad answer or a command re-prompts
    /// without printing the whole question again.
    var shownQuestion: String?
    var finished = false
    /// Where `save`, `load` and the autosave go; opened on first use so that a damaged
    /// database never stands between a person and the conversation.
    let openStore: () throws(StoreError) -> AdvisorDatabase
    /// The name this conversation was last saved or loaded under.
    var savedName: String?
    /// How far `why` has walked for which question.
    var whyQuestion: String?
    var whyDepth = 0
    /// The question `change` is asking again; the next answer revises it.
    var pendingChange: String?

    public init(session: any Conversation, editor: any LineEditor, style: TextStyle, echoInput: Bool,
                store: @escaping () throws(StoreError) -> AdvisorDatabase, write: @escaping (String) -> Void) {
        self.session = session
        self.openStore = store
        self.editor = editor
        self.style = style
        self.echoInput = echoInput
        self.write = write
    }

    /// Runs until `quit` or end of input. Returns true when the advice was complete.
    @discardableResult
    public func run() -> Bool {
        greet()
        while !finished {
            if pendingChange != nil {
                // `change` printed its question; wait for the revised answer.
            } else if let question = session.openQuestion {
                adviceShown = false
                if shownQuestion != question.id {
                    shownQuestion = question.id
                    say(QuestionText.render(question, number: session.answers.count + 1, style: style))
                }
                editor.setCompletions(Command.names + question.choices.map(\.label))
            } else if !adviceShown {
                shownQuestion = nil
                showAdvice()
                editor.setCompletions(Command.names)
            }
            guard let line = editor.readLine(prompt: "> ") else { break }
            if echoInput { write(line + "\n") }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            editor.addHistory(text)
            handle(text)
        }
        if !session.isComplete {
            say("\nLeaving before the advice is complete (\(session.answers.count) answer\(session.answers.count == 1 ? "" : "s") given).")
        }
        autosave()
        return session.isComplete
    }

    func say(_ text: String) { write(text + "\n") }

    private func greet() {
        say(style.heading(session.title.isEmpty ? "Career advisor" : session.title))
        say(style.wrap("I will ask you a few questions about where you are in your career and what you want next, usually 5 to 20 of them, and then suggest your next step, other paths worth a look, the skills to focus on, and anything to watch out for. Skip any question you would rather not answer. Type help at any time.", first: "", rest: ""))
        say("")
    }

    func handle(_ text: String) {
        if let command = Command(text) {
            pendingChange = nil
            perform(command)
            shownQuestion = nil
            return
        }
        if let pendingChange {
            do { try revise(pendingChange, text) } catch { say(style.wrap("\(error)", first: "  ", rest: "  ")) }
            return
        }
        guard session.openQuestion != nil else {
            say("The advice is complete. Type back to change your last answer, restart to begin again, or quit. (help lists every command.)")
            return
        }
        do {
            try session.answer(text)
            say("")
        } catch {
            say(style.wrap("\(error)", first: "  ", rest: "  "))
        }
    }

    func showAdvice() {
        adviceShown = true
        say("")
        say(AdviceText.text(session.advice, style: style))
        say("That is my advice. Type back or restart to change your answers, status to review them, or quit.")
    }
}
