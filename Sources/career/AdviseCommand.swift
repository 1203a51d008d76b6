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

    @Flag(name: .long, help: "Add how each conclusion was reached, down to the answers it rests on.")
    var explain = false

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
        let document = AdviceDocument(session: run.session, explain: explain)
        let explanations = explain ? (document.derivations ?? []).map(\.explanation) : []
        switch format {
        case .text:
            let style = TextStyle.forStandardOutput()
            print(AdviceText.text(run.session.advice, style: style), terminator: "")
            if explain { print("\n" + style.heading("How each conclusion was reached") + "\n\n" + explanations.map { ExplanationText.text($0, style: style) }.joined(separator: "\n\n")) }
        case .markdown:
            print(AdviceText.markdown(run.session.advice), terminator: "")
            if explain { print("\n## How each conclusion was reached\n\n" + explanations.map(ExplanationText.markdown).joined(separator: "\n\n")) }
        case .json: print(try document.jsonText())
        }
        if !document.complete { throw ExitCode(1) }
    }
}
