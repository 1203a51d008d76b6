import Foundation
import TestScratch
import Testing

@Suite("career --connect", .serialized)
struct ConnectedREPLTests {
    static let career = DaemonProcess.executable.deletingLastPathComponent().appendingPathComponent("career")

    /// Runs `career ARGS < script` in a scratch home; returns its status and transcript.
    static func career(_ arguments: [String], script: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = career
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repository
        let scratch = Scratch.folder("career-connect").path
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["XDG_DATA_HOME": scratch + "/data", "XDG_STATE_HOME": scratch + "/state", "NO_COLOR": "1"]) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a scripted conversation through careerd reads exactly as one in this process")
    func sameTranscriptAsLocal() throws {
        let golden = try String(contentsOf: Fixtures.repository.appendingPathComponent("Tests/CareerCLITests/Golden/inflated-title.script"), encoding: .utf8)
        // Going back, restarting, bad answers and the brief, then the golden conversation.
        let script = "2\nback\nnonsense\n1\nskip\nstatus\nrestart\n" + golden.replacingOccurrences(of: "quit\n", with: "advice\nreport\nback\nquit\n")
        let daemon = try DaemonProcess(arguments: ["--listen", "127.0.0.1:0", "--db", Fixtures.databasePath()])
        defer { daemon.stop(signal: SIGTERM) }
        let local = try Self.career(["--knowledge", Fixtures.knowledgeDirectory.path], script: script)
        let remote = try Self.career(["--connect", String(daemon.address.dropFirst("http://".count))], script: script)
        #expect(local.status == remote.status)
        #expect(local.output.contains("That is my advice"))
        #expect(remote.output == local.output)
    }

    @Test("an unreachable daemon is a clear error, not a crash")
    func unreachable() throws {
        let result = try Self.career(["--connect", "127.0.0.1:1"], script: "")
        #expect(result.status == 2)
        #expect(result.output.contains("cannot reach careerd at http://127.0.0.1:1"))
    }
}
