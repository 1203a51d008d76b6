import Foundation
import Testing
@testable import RuleEngine

/// Differential conformance: each program runs through Debian's `clips -f2` and through our
/// engine with the same standard input, and the outputs must be identical.
@Suite struct ConformanceTests {
    static let programsDirectory = repositoryRoot.appendingPathComponent("Tests/Conformance/programs")

    static var programs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: programsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".clp") }.sorted()
    }

    @Test("corpus program matches CLIPS 6.30", arguments: programs)
    func program(_ name: String) throws {
        let path = Self.programsDirectory.appendingPathComponent(name).path
        let stdinPath = String(path.dropLast(4)) + ".stdin"
        let input = (try? String(contentsOfFile: stdinPath, encoding: .utf8)) ?? ""
        let expected = try runReferenceClips(batchFile: path, stdinFile: FileManager.default.fileExists(atPath: stdinPath) ? stdinPath : nil,
                                             directory: Self.programsDirectory.path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let ours = runEngine(text, file: name, input: input)
        let output = ours.stdout + ours.errors.map { "\($0)\n" }.joined()
        expectConformance(String(name.dropLast(4)), expected: expected, ours: output)
    }

    @Test("the corpus is large enough and its size is reported")
    func corpusSize() {
        let gaps = knownConformanceGaps.count
        print("conformance: \(Self.programs.count) corpus programs and \(ExampleConformanceTests.examples.count) Debian examples; \(gaps) known gaps listed in known-gaps.txt")
        #expect(Self.programs.count >= 150)
    }
}

/// The first line where two outputs part, with a little context.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
    for i in 0..<max(e.count, a.count) {
        let x = i < e.count ? e[i] : "<end>", y = i < a.count ? a[i] : "<end>"
        if x != y { return "line \(i + 1):\n  clips: \(x)\n  ours:  \(y)" }
    }
    return "(identical)"
}
