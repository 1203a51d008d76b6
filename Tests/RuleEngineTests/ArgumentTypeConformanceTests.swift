import Foundation
import Testing
@testable import RuleEngine

/// Differential: which calls of built-ins CLIPS 6.30 refuses when it parses them, for every
/// built-in it knows. Each probe is a deffunction with one call whose arguments are variables
/// but one: a constant of each kind, or a call of each built-in. The constructs CLIPS refuses
/// and the ones we refuse must be the same.
@Suite struct ArgumentTypeConformanceTests {
    static let constants = ["abc", "\"abc\"", "1", "1.5", "(create$ a b)"]

    /// A call of `function` with the fewest arguments it takes (at least `count`), all `?x`
    /// but `argument` at `position`.
    static func call(_ function: BuiltinFunction, count: Int = 0, _ argument: String? = nil, at position: Int = 0) -> String {
        var args = Array(repeating: "?x", count: max(function.minArgs, count))
        if let argument { args[position] = argument }
        return "(" + ([function.name] + args).joined(separator: " ") + ")"
    }

    /// Every position of every built-in with each constant, and each built-in's result at one
    /// position of each kind a built-in checks.
    static func probes(of functions: [BuiltinFunction]) -> [String] {
        var probes: [String] = []
        var checkers: [UInt8: (BuiltinFunction, Int)] = [:]
        for f in functions {
            let positions = min(f.maxArgs ?? max(f.minArgs + 1, 3), 5)
            for position in 0..<positions {
                probes += constants.map { call(f, count: position + 1, $0, at: position) }
                if let accepted = f.signature?.parameter(position), accepted != .any {
                    checkers[accepted.rawValue] = checkers[accepted.rawValue] ?? (f, position)
                }
            }
        }
        for (checker, position) in checkers.values.sorted(by: { $0.0.name < $1.0.name }) {
            probes += functions.map { call(checker, count: position + 1, call($0), at: position) }
        }
        return probes
    }

    /// The probes CLIPS refused: it quotes each refused construct, `(deffunction MAIN::p12`.
    static func refusedByClips(_ output: String) throws -> Set<Int> {
        let regex = try Regex(#"\(deffunction MAIN::p(\d+)"#, as: (Substring, Substring).self)
        return Set(output.matches(of: regex).compactMap { Int($0.output.1) })
    }

    static func run(_ definitions: [String], in directory: URL) throws -> (clips: String, ours: EngineRun) {
        let program = definitions.enumerated().map { "(deffunction p\($0.offset) (?x) \($0.element))" }.joined(separator: "\n") + "\n(exit)\n"
        let file = directory.appendingPathComponent("probes.clp")
        try program.write(to: file, atomically: true, encoding: .utf8)
        return (try runReferenceClips(batchFile: file.path, stdinFile: nil, directory: directory.path), runEngine(program, file: "probes.clp"))
    }

    @Test func builtinCallsAreRefusedWhenParsedExactlyWhereClipsRefusesThem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("argument-types-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        // The built-ins CLIPS knows: those whose plain call it accepts.
        let all = Builtins.table.values.sorted { $0.name < $1.name }
        let plain = try Self.run(all.map { Self.call($0) }, in: directory)
        let unknown = try Self.refusedByClips(plain.clips)
        let known = all.enumerated().filter { !unknown.contains($0.offset) }.map(\.element)
        #expect(known.count > 150, "CLIPS knows only \(known.count) of our built-ins")

        let probes = Self.probes(of: known)
        let result = try Self.run(probes, in: directory)
        let theirs = try Self.refusedByClips(result.clips)
        let ours = Set(result.ours.errors.compactMap { $0.location.map { $0.line - 1 } })
        let differing = theirs.symmetricDifference(ours).sorted().prefix(20).map { "\(theirs.contains($0) ? "CLIPS only" : "ours only"): \(probes[$0])" }
        #expect(differing.isEmpty, "\(differing.joined(separator: "\n"))")
        #expect(theirs.count > 500, "CLIPS refused only \(theirs.count) of \(probes.count) probes")
    }
}
