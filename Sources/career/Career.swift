import ArgumentParser

/// The career advisor's command-line entry point.
@main
struct Career: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career",
        abstract: "A rule-based career advisor for product-management careers.",
        subcommands: [ChatCommand.self, AdviseCommand.self, ReportCommand.self, SessionsCommand.self, KnowledgeCommand.self, ClipsCommand.self],
        defaultSubcommand: ChatCommand.self
    )
}
