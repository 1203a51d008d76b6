import Foundation
import TestScratch

/// Runs the built `career` executable the way a person or a script would.
struct CareerProcess {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("career")
    static func scenario(_ name: String) -> String {
        repository.appendingPathComponent("Knowledge/scenarios/\(name).answers").path
    }
    static var scenarioNames: [String] {
        let folder = repository.appendingPathComponent("Knowledge/scenarios").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".answers") }.map { String($0.dropLast(8)) }.sorted()
    }

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `career ARGS` in the repository with `input` on standard input, in a scratch
    /// data and state directory so saved sessions never touch the person's own.
    static func run(_ arguments: [String], input: String = "", executable: URL = executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let scratch = Scratch.folder("career-cli").path
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = scratch + "/data"
        environment["XDG_STATE_HOME"] = scratch + "/state"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      error: String(decoding: err, as: UTF8.self))
    }
}
