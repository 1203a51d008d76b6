import ArgumentParser
import AdvisorStore
import Foundation

/// `career sessions`: the saved conversations.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List saved conversations, or delete one."
    )

    @OptionGroup var databaseOption: DatabaseOption

    @Option(name: .long, help: ArgumentHelp("Delete the saved conversation with this name.", valueName: "name"))
    var delete: String?

    @Flag(name: .long, help: "List the conversations careerd keeps in this database instead of those saved by name.")
    var daemon = false

    func run() throws {
        let database = try databaseOption.open()
        do {
            if let delete {
                guard try database.delete(delete) else {
                    printError("there is no saved session named \(delete)")
                    throw ExitCode(2)
                }
                print("Deleted \(delete).")
                return
            }
            let formatter = ISO8601DateFormatter()
            for session in try database.sessions(daemon: daemon) {
                print("\(session.name)\t\(formatter.string(from: session.updatedAt))\t\(session.knowledge)")
            }
            if !daemon {
                let held = try database.daemonSessionCount()
                if held > 0 { printError("careerd keeps \(held) more conversation\(held == 1 ? "" : "s") in this database; career sessions --daemon lists them") }
            }
        } catch let error as StoreError {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
