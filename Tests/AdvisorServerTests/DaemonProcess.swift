import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `careerd` run as an operator would, talked to over loopback.
/// Unchecked: after `init` only `request` runs concurrently, and it reads nothing that changes.
final class DaemonProcess: @unchecked Sendable {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("careerd")

    let process = Process()
    private let log = Pipe()
    /// `http://127.0.0.1:PORT`, or `unix:PATH`, as the daemon announced it.
    private(set) var address = ""

    init(arguments: [String]) throws {
        process.executableURL = Self.executable
        process.arguments = ["--knowledge", Fixtures.knowledgeDirectory.path] + arguments
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning {
            let chunk = log.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: "serving at ") {
                address = String(seen[range.upperBound...].prefix { $0 != "," && $0 != " " && $0 != "\n" })
                return
            }
        }
        process.terminate()
        throw DaemonError(message: "careerd did not start: \(seen)")
    }

    struct DaemonError: Error { let message: String }

    /// Sends a signal and waits for the process to end; returns its exit status.
    @discardableResult
    func stop(signal: Int32) -> Int32 {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func request(_ method: String, _ path: String, token: String? = nil, json: String? = nil) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: address + path)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as! HTTPURLResponse).statusCode, data)
    }
}
