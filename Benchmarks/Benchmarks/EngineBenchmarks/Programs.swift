import Foundation
import RuleEngine

/// `Benchmarks/programs`, found from this file's path so the benchmarks run from any directory.
let programsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("programs").path

/// Debian's clips-common ships the sudoku example, mostly gzipped. We read it from there at run
/// time: it is CLIPS's code, not ours to copy into the repository.
let debianSudokuDirectory = "/usr/share/doc/clips-common/examples/sudoku"

/// A CLIPS program the benchmarks run, with the rules CLIPS 6.30 fires on it (one count per
/// `(run)`), so that a benchmark never measures an engine that has started to do something else.
struct Workload: Sendable {
    var name: String
    var files: [String]
    var expectedFirings: [Int]
    /// A fact asserted after the reset that precedes the second run (sudoku's stress test).
    var secondRunFact: String? = nil

    static let sudokuFiles = ["sudoku.clp", "solve.clp", "output-none.clp", "puzzles/grid3x3-p17.clp"]
        .map { "\(debianSudokuDirectory)/\($0)" }
    /// Reset and run, then reset, assert `(stress-test)` and run: Debian's `runbench.bat`.
    static let sudokuStress = Workload(name: "sudoku stress (grid3x3-p17)", files: sudokuFiles,
                                       expectedFirings: [7515, 8746], secondRunFact: "(stress-test)")
    static func manners(_ guests: Int, firings: Int) -> Workload {
        Workload(name: "manners \(guests)",
                 files: ["\(programsDirectory)/manners.clp", "\(programsDirectory)/data/manners-\(guests).clp"],
                 expectedFirings: [firings])
    }
    static func waltz(_ regions: Int, firings: Int) -> Workload {
        Workload(name: "waltz \(regions)",
                 files: ["\(programsDirectory)/waltz.clp", "\(programsDirectory)/data/waltz-\(regions).clp"],
                 expectedFirings: [firings])
    }
    /// Firing counts are Debian CLIPS 6.30's, read from `(watch statistics)`.
    static let all: [Workload] = [
        sudokuStress,
        manners(64, firings: 2271), manners(128, firings: 8639),
        waltz(12, firings: 2261), waltz(25, firings: 4705), waltz(50, firings: 9405),
    ]

    /// An environment with the workload's files loaded and nothing run yet.
    func load() -> Environment {
        let env = quietEnvironment()
        for file in files { env.run(readSource(file), file: file) }
        return env
    }

    /// Runs the workload once on a loaded environment and checks the firing counts.
    func run(_ env: Environment) {
        let session = env.session
        for (i, expected) in expectedFirings.enumerated() {
            do {
                try session.reset()
                if i == 1, let fact = secondRunFact { _ = try session.assertString(fact) }
                let fired = try session.run()
                guard fired == expected else {
                    fatalError("\(name): run \(i + 1) fired \(fired) rules; CLIPS 6.30 fires \(expected)")
                }
            } catch {
                fatalError("\(name): \(error)")
            }
        }
    }
}

/// An environment whose output goes nowhere and whose errors stop the benchmark: a benchmark of
/// a program that no longer loads would measure nothing useful.
func quietEnvironment() -> Environment {
    Environment(io: SessionIO(write: { _ in }, readLine: { nil }),
                reportError: { fatalError("benchmark program failed: \($0)") })
}

/// The text of `path`, or of `path.gz` decompressed by gzip when only that exists.
func readSource(_ path: String) -> String {
    if let text = try? String(contentsOfFile: path, encoding: .utf8) { return text }
    let gz = Process()
    gz.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gz.arguments = ["-dc", path + ".gz"]
    let pipe = Pipe()
    gz.standardOutput = pipe
    do { try gz.run() } catch { fatalError("cannot read \(path)(.gz): \(error) — is clips-common installed?") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    gz.waitUntilExit()
    guard gz.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else {
        fatalError("cannot read \(path)(.gz) — is clips-common installed?")
    }
    return text
}
