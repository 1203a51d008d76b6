import Advisor
import AdvisorServer
import AdvisorStore
import ArgumentParser
import Foundation
import Logging

/// `careerd`: the advisor as a daemon. Everything it does lives in AdvisorServer; this reads
/// the options, opens the knowledge base and the database, and runs until SIGTERM.
@main
struct Careerd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerd",
        abstract: "Serve the career advisor over HTTP/JSON to many conversations at once.",
        discussion: "API v1 is described at /openapi.json (docs/openapi.json). SIGTERM or Ctrl-C finishes the requests in flight and exits 0."
    )

    @Option(help: ArgumentHelp("Listen on HOST:PORT (loopback by default).", valueName: "host:port"))
    var listen = "127.0.0.1:8417"

    @Option(help: ArgumentHelp("Listen on a Unix socket instead, created with mode 0600.", valueName: "path"))
    var socket: String?

    @Option(help: ArgumentHelp("The sessions database, shared with career (default: $XDG_DATA_HOME/career/career.sqlite).", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Load the knowledge base from this directory.", valueName: "dir"))
    var knowledge: String?

    @Option(help: "Sessions the database may hold.")
    var maxSessions = ServerLimits().maxSessions

    @Option(help: "Sessions kept in memory; older idle ones are reloaded on demand.")
    var maxResident = ServerLimits().maxResidentSessions

    @Option(help: "Seconds a session may sit unused before it leaves memory.")
    var idleTimeout = 300

    @Option(help: "Requests handled at once; more are refused with 503.")
    var maxRequests = ServerLimits().maxConcurrentRequests

    @Option(help: "Rule firings allowed per answer.")
    var stepBudget = ServerLimits().stepBudget

    func run() async throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "careerd")
        logger.logLevel = .info
        guard let address = socket.map(ListenAddress.unixSocket) ?? ListenAddress(listen) else {
            throw ValidationError("--listen: expected HOST:PORT, e.g. 127.0.0.1:8417, not \(listen)")
        }
        let knowledgeBase: KnowledgeBase
        let database: AdvisorDatabase
        do {
            knowledgeBase = try KnowledgeLocator.load(explicit: knowledge)
            database = try AdvisorDatabase(path: db ?? AdvisorDatabase.defaultPath)
        } catch {
            FileHandle.standardError.write(Data("careerd: \(error)\n".utf8))
            throw ExitCode(2)
        }
        var limits = ServerLimits()
        limits.maxSessions = maxSessions
        limits.maxResidentSessions = maxResident
        limits.idleTimeout = .seconds(idleTimeout)
        limits.maxConcurrentRequests = maxRequests
        limits.stepBudget = stepBudget
        if case .unixSocket(let path) = address { try UnixSocketFile.prepare(path) }
        let api = AdvisorAPI(knowledge: knowledgeBase, database: database, limits: limits)
        let log = logger
        let app = buildApplication(api: api, address: address, logger: logger) { bound in
            log.info("careerd \(knowledgeBase.identity) serving at \(bound), sessions in \(database.path)")
        }
        try await app.runService()
    }
}
