import ArgumentParser
import Advisor
import Console
import Foundation
import RuleEngine

/// Prints advice for the answers in a file, without a conversation.
struct AdviseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advise",
        abstract: "Print advice for the answers in a file (question-id = value lines).",
        discussion: "Questions the conversation asks that the file does not answer are skipped; lines for questions it never asks are reported and ignored. Exit status: 0 advice given, 1 advice incomplete, 2 bad input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Option(name: .long, help: ArgumentHelp("The answers file, or - for standard input.", valueName: "file"))
    var answers: String

    @Option(name: .long, help: "Output format: text, json or markdown.")
    var format: Format = .text

    @OptionGroup var knowledgeOption: KnowledgeOption

    func run() throws {
        let knowledge = try knowledgeOption.load()
        let run: ScriptedRun
        do {
            run = try ScriptedRun(knowledge: knowledge, answers: AnswersFile(path: answers))
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        for line in run.unused {
            printError("\(line.location): note: \(line.question) was never asked in this conversation, so its answer was not used")
        }
        let document = AdviceDocument(session: run.session)
        switch format {
        case .text: print(AdviceText.text(run.session.advice, style: .forStandardOutput()), terminator: "")
        case .markdown: print(AdviceText.markdown(run.session.advice), terminator: "")
        case .json: print(try document.jsonText())
        }
        if !document.complete { throw ExitCode(1) }
    }
}
