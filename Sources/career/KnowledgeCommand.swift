import ArgumentParser
import Advisor
import Foundation

/// `career kb`: tooling for people who write knowledge bases.
struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Check, test and draw a knowledge base.",
        subcommands: [Check.self, Test.self, Graph.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Lint the knowledge base: undefined references, duplicate ids, questions never asked, rules that can never fire.",
            discussion: "Exit status: 0 clean, 2 problems found (each printed with file, line and column)."
        )

        @OptionGroup var knowledgeOption: KnowledgeOption

        func run() throws {
            let knowledge = try knowledgeOption.load()
            let problems: [KnowledgeProblem]
            do { problems = try KnowledgeCheck.problems(in: knowledge) } catch {
                printError(error.description)
                throw ExitCode(2)
            }
            for problem in problems { printError(problem.description) }
            guard problems.isEmpty else {
                printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found")
                throw ExitCode(2)
            }
            print("\(knowledge.info.name) \(knowledge.info.version): \(knowledge.files.count) files, \(knowledge.ruleBase.liveRules.count) rules, \(knowledge.questions.count) questions; no problems found")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run the scenario personas (scenarios/NAME.answers against NAME.expect).",
            discussion: "Prints one line per scenario and `N passed, M failed`. Exit status: 0 all passed, 1 a scenario failed, 2 the knowledge base did not load."
        )

        @OptionGroup var knowledgeOption: KnowledgeOption

        @Argument(help: "Scenario names to run (default: all).")
        var names: [String] = []

        func run() throws {
            let knowledge = try knowledgeOption.load()
            let suite = ScenarioSuite(knowledge: knowledge)
            let selected = names.isEmpty ? suite.names : names
            var failed = 0
            for name in selected {
                let result = suite.run(name, knowledge: knowledge)
                print((result.passed ? "ok   " : "FAIL ") + name)
                if let error = result.error { print("     \(error)") }
                for item in result.failures { print("     \(item.location): expected \(item)") }
                if !result.passed { failed += 1 }
            }
            print("\(selected.count - failed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
        }
    }

    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Print the role and transition lattice as Graphviz DOT (pipe it to `dot -Tsvg`)."
        )

        @OptionGroup var knowledgeOption: KnowledgeOption

        func run() throws {
            let map = try knowledgeOption.load().map
            print(map.dot(), terminator: "")
        }
    }
}
