import Foundation
import Testing
@testable import RuleEngine

/// Output of running a program through our engine in-process.
struct EngineRun {
    var stdout = ""
    var errors: [EngineError] = []
}

/// Runs `text` as `career clips -f2` would, with `input` as standard input, on a thread with a
/// large stack (tests otherwise run on small cooperative-pool stacks).
func runEngine(_ text: String, file: String = "test.clp", input: String = "", maxFirings: Int = 2_000_000,
               stepBudget: Int? = nil) -> EngineRun {
    final class Box: @unchecked Sendable { var run = EngineRun() }
    let box = Box()
    var split = input.components(separatedBy: "\n")
    if split.last == "" { split.removeLast() }
    let lines = split
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        var remaining = lines[...]
        let io = SessionIO(write: { box.run.stdout += $0 }, readLine: { remaining.popFirst() })
        let env = Environment(io: io, reportError: { box.run.errors.append($0) })
        env.maxFiringsPerRun = maxFirings
        env.session.stepBudget = stepBudget
        env.runBatch(text, file: file)
        done.signal()
    }
    thread.stackSize = 1 << 28
    thread.start()
    done.wait()
    return box.run
}

/// Runs a batch file through Debian's CLIPS 6.30 (`clips -f2`), returning standard output.
func runReferenceClips(batchFile: String, stdinFile: String?, directory: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/clips")
    p.arguments = ["-f2", batchFile]
    p.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    p.standardInput = stdinFile.flatMap { FileHandle(forReadingAtPath: $0) } ?? FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// The repository root, found from this source file's location.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Conformance cases known to differ from CLIPS, from `Tests/Conformance/known-gaps.txt`.
let knownConformanceGaps: Set<String> = {
    let url = repositoryRoot.appendingPathComponent("Tests/Conformance/known-gaps.txt")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").compactMap { line in
        line.hasPrefix("#") ? nil : line.split(separator: " ").first.map(String.init)
    })
}()

/// Requires `ours` to equal `expected`; for a listed known gap, requires it to still differ, so
/// that a fixed case must come off the list.
func expectConformance(_ name: String, expected: String, ours: String) {
    if knownConformanceGaps.contains(name) {
        withKnownIssue("\(name) is listed in known-gaps.txt") {
            #expect(ours == expected, "\(name) differs from CLIPS:\n\(firstDifference(expected, ours))")
        }
    } else {
        #expect(ours == expected, "\(name) differs from CLIPS:\n\(firstDifference(expected, ours))")
    }
}
