import Foundation
import TestScratch
import Testing
@testable import RuleEngine

/// The example programs that ship with Debian's clips-common, read from the installed package
/// (never copied here), loaded, reset and run through both interpreters.
@Suite struct ExampleConformanceTests {
    static let examplesDirectory = "/usr/share/doc/clips-common/examples"
    static let manifest = repositoryRoot.appendingPathComponent("Tests/Conformance/examples")

    struct Example: CustomStringConvertible, Sendable {
        let name: String
        let files: [String]
        let stdin: String?
        /// Items to `watch` before loading, so the traces are compared too.
        let watch: [String]
        var description: String { name }
    }

    /// `NAME | FILES | STDIN [| WATCH ITEMS]` lines from the manifest.
    static var examples: [Example] {
        guard let text = try? String(contentsOf: manifest.appendingPathComponent("manifest.txt"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3 || parts.count == 4, !line.hasPrefix("#") else { return nil }
            return Example(name: parts[0], files: parts[1].split(separator: " ").map(String.init),
                           stdin: parts[2] == "-" ? nil : parts[2],
                           watch: parts.count == 4 ? parts[3].split(separator: " ").map(String.init) : [])
        }
    }

    /// Copies the example's files into a scratch directory, uncompressing `.gz` ones.
    static func stage(_ example: Example) throws -> (dir: String, batch: String) {
        let dir = Scratch.folder("example-\(example.name)").path
        var batch = example.watch.map { "(watch \($0))\n" }.joined()
        for f in example.files {
            let source = examplesDirectory + "/" + f
            let base = (f as NSString).lastPathComponent.replacingOccurrences(of: ".gz", with: "")
            let target = dir + "/" + base
            if f.hasSuffix(".gz") {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/bin/sh")
                p.arguments = ["-c", "gunzip -c '\(source)' > '\(target)'"]
                try p.run()
                p.waitUntilExit()
            } else {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            }
            batch += "(load \"\(target)\")\n"
        }
        batch += "(reset)\n(run)\n(exit)\n"
        let batchPath = dir + "/run.bat"
        try batch.write(toFile: batchPath, atomically: true, encoding: .utf8)
        return (dir, batchPath)
    }

    @Test("Debian example matches CLIPS 6.30", arguments: examples)
    func example(_ example: Example) throws {
        let (dir, batchPath) = try Self.stage(example)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let stdinPath = example.stdin.map { Self.manifest.appendingPathComponent($0).path }
        let expected = try runReferenceClips(batchFile: batchPath, stdinFile: stdinPath, directory: dir)
        let input = try stdinPath.map { try String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let ours = runEngine(try String(contentsOfFile: batchPath, encoding: .utf8), file: "run.bat", input: input)
        expectConformance(example.name, expected: expected, ours: ours.stdout)
    }
}
