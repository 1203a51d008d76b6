import Advisor
import AdvisorStore
import Hummingbird
import Logging
import ServiceLifecycle

/// Where careerd listens: `host:port`, or a Unix socket path.
public enum ListenAddress: Sendable, Equatable {
    case tcp(host: String, port: Int)
    case unixSocket(String)

    /// `HOST:PORT`, `:PORT`, or anything with a `/` as a socket path.
    public init?(_ text: String) {
        if text.contains("/") {
            self = .unixSocket(text)
            return
        }
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        let host = String(text[..<colon])
        self = .tcp(host: host.isEmpty ? "127.0.0.1" : host, port: port)
    }

    /// `http://HOST:PORT` with the port actually bound (which `:0` leaves to the system), or
    /// `unix:PATH`.
    func describing(boundPort: Int?) -> String {
        switch self {
        case .tcp(let host, let port): return "http://\(host):\(boundPort ?? port)"
        case .unixSocket(let path): return "unix:\(path)"
        }
    }

    var bindAddress: BindAddress {
        switch self {
        case .tcp(let host, let port): return .hostname(host, port: port)
        case .unixSocket(let path): return .unixDomainSocket(path: path)
        }
    }
}

/// The one application careerd runs and the tests drive: the API's router, the sweeper that
/// moves idle sessions out of memory, graceful shutdown on SIGTERM and SIGINT.
public func buildApplication(api: AdvisorAPI, address: ListenAddress, logger: Logger,
                             onServerRunning: @escaping @Sendable (_ boundTo: String) async -> Void = { _ in }) -> some ApplicationProtocol {
    Application(
        router: api.router(),
        configuration: .init(address: address.bindAddress, serverName: "careerd", backlog: 4096),
        services: [SessionSweeper(registry: api.registry, every: api.limits.idleTimeout / 4)],
        onServerRunning: { channel in await onServerRunning(address.describing(boundPort: channel.localAddress?.port)) },
        logger: logger
    )
}

/// Drops idle sessions from memory on a timer; they return from the database on demand.
struct SessionSweeper: Service {
    let registry: SessionRegistry
    let every: Duration

    func run() async throws {
        let interval = max(every, .milliseconds(100))
        // Sleeping is cancelled the moment shutdown begins, so it never holds up the exit.
        try? await cancelWhenGracefulShutdown {
            while true {
                try await Task.sleep(for: interval)
                registry.sweep()
            }
        }
    }
}
