import ArgumentParser
import AdvisorStore

/// `--db PATH`: where saved sessions live.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The sessions database (default: $XDG_DATA_HOME/career/career.sqlite).", valueName: "path"))
    var db: String?

    /// Opens the database on first use and keeps it open.
    func opener() -> () throws(StoreError) -> AdvisorDatabase {
        let path = db ?? AdvisorDatabase.defaultPath
        nonisolated(unsafe) var opened: AdvisorDatabase?
        return { () throws(StoreError) -> AdvisorDatabase in
            if let opened { return opened }
            let database = try AdvisorDatabase(path: path)
            opened = database
            return database
        }
    }

    func open() throws -> AdvisorDatabase {
        do { return try AdvisorDatabase(path: db ?? AdvisorDatabase.defaultPath) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}
