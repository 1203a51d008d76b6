import Foundation
import RuleEngine

/// The personas in a knowledge base's `scenarios/` folder: `NAME.answers` played through the
/// advisor as a script, its advice checked against `NAME.expect`.
public struct ScenarioSuite {
    public struct Result: Sendable {
        public let name: String
        public let failures: [Expectations.Item]
        /// A file that could not be read or run, with its location.
        public let error: EngineError?

        public var passed: Bool { failures.isEmpty && error == nil }
    }

    public let folder: URL

    public init(knowledge: KnowledgeBase) {
        folder = knowledge.directory.appendingPathComponent("scenarios")
    }

    /// Scenario names, sorted: every `.answers` file in the folder.
    public var names: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { $0.hasSuffix(".answers") }.map { String($0.dropLast(".answers".count)) }.sorted()
    }

    public func run(_ name: String, knowledge: KnowledgeBase) -> Result {
        let answersPath = folder.appendingPathComponent(name + ".answers").path
        let expectPath = folder.appendingPathComponent(name + ".expect").path
        do {
            guard let expectText = try? String(contentsOfFile: expectPath, encoding: .utf8) else {
                throw EngineError("no readable \(name).expect next to \(name).answers", at: SourceLocation(file: answersPath, line: 1, column: 1))
            }
            let expectations = try Expectations(text: expectText, file: expectPath)
            let run = try ScriptedRun(knowledge: knowledge, answers: AnswersFile(path: answersPath))
            return Result(name: name, failures: expectations.failures(for: run.session.advice), error: nil)
        } catch {
            return Result(name: name, failures: [], error: error as? EngineError ?? EngineError("\(error)"))
        }
    }
}
