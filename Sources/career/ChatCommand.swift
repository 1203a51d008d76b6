import ArgumentParser
import Advisor
import AdvisorClient
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

    @Option(help: ArgumentHelp("Hold the conversation on careerd at this address (host:port, or its Unix socket's path) instead of in this process.",
                               valueName: "address"))
    var connect: String?

    func run() throws {
        let session: any Conversation
        do { session = try connect.map(remoteConversation) ?? AdvisorSession(knowledge: try knowledgeOption.load()) } catch let error as ExitCode {
            throw error
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let interactive = isatty(STDIN_FILENO) != 0
        let stdout = FileHandle.standardOutput
        let chat = Chat(session: session, editor: makeLineEditor(historyFile: historyPath("history")),
                        style: .forStandardOutput(), echoInput: !interactive, store: databaseOption.opener(),
                        write: { stdout.write(Data($0.utf8)) })
        if !chat.run() { throw ExitCode(1) }
    }

    private func remoteConversation(_ address: String) throws -> any Conversation {
        guard let daemon = DaemonAddress(address) else {
            throw ValidationError("--connect: expected HOST:PORT or the path of careerd's Unix socket, not \(address)")
        }
        return try RemoteConversation(address: daemon)
    }
}
