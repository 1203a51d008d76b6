import ArgumentParser
import Advisor
import Console
import Foundation

/// `--knowledge DIR`, shared by every subcommand that needs a knowledge base.
struct KnowledgeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Load the knowledge base from this directory (its load.clp lists the files).", valueName: "dir"))
    var knowledge: String?

    /// Loads it, or exits with status 2 and every located problem on standard error.
    func load() throws -> KnowledgeBase {
        do { return try KnowledgeLocator.load(explicit: knowledge) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
