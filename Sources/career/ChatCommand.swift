import ArgumentParser
import Advisor
import AdvisorStore
import Console
import Foundation

/// The interactive advisor: `career` with no subcommand.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk to the advisor (the default). Reads plain lines when standard input is not a terminal.",
        discussion: "Exit status: 0 the advice was completed, 1 the conversation ended before it, 2 the knowledge base did not load."
    )

    @OptionGroup var knowledgeOption: KnowledgeOption
    @OptionGroup var databaseOption: DatabaseOption

    func run() throws {
        let knowledge = try knowledgeOption.load()
        let session: AdvisorSession
        do { session = try AdvisorSession(knowledge: knowledge) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let interactive = isatty(STDIN_FILENO) != 0
        let stdout = FileHandle.standardOutput
        let chat = Chat(session: session, editor: makeLineEditor(historyFile: historyPath("history")),
                        style: .forStandardOutput(), echoInput: !interactive, store: databaseOption.opener(),
                        write: { stdout.write(Data($0.utf8)) })
        if !chat.run() { throw ExitCode(1) }
    }
}
