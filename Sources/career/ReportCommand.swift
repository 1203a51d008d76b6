import ArgumentParser
import Advisor
import AdvisorStore
import Foundation

/// `career report`: the mentoring-prep brief for a saved session or an answers file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the mentoring-prep brief for a saved session or an answers file.",
        discussion: "Exit status: 0 written, 1 the advice was incomplete (the brief is still written), 2 bad input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, html, json }

    @Option(name: .long, help: ArgumentHelp("A saved session's name (career sessions lists them).", valueName: "name"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("An answers file, or - for standard input.", valueName: "file"))
    var answers: String?

    @Option(name: .long, help: "markdown, html or json.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var knowledgeOption: KnowledgeOption
    @OptionGroup var databaseOption: DatabaseOption

    func validate() throws {
        guard (session == nil) != (answers == nil) else {
            throw ValidationError("give either --session NAME or --answers FILE")
        }
    }

    func run() throws {
        let knowledge = try knowledgeOption.load()
        let advisorSession: AdvisorSession
        do {
            if let session {
                advisorSession = try AdvisorSession(knowledge: knowledge)
                try databaseOption.open().load(session, into: advisorSession)
            } else {
                advisorSession = try ScriptedRun(knowledge: knowledge, answers: AnswersFile(path: answers ?? "-")).session
            }
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let brief = Brief(session: advisorSession)
        let text: String
        switch format {
        case .markdown: text = brief.markdown
        case .html: text = brief.html(svg: Graphviz.svg(brief.map))
        case .json: text = try brief.jsonText() + "\n"
        }
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                printError("\(output): cannot write the brief: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            print(text, terminator: "")
        }
        if !brief.complete { throw ExitCode(1) }
    }
}
