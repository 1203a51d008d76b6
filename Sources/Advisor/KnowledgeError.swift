import RuleEngine

/// A knowledge base that could not be loaded, with every problem found and where it is.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public let problems: [EngineError]

    init(_ problems: [EngineError]) { self.problems = problems }

    init(_ message: String, at location: SourceLocation? = nil) {
        problems = [EngineError(message, at: location)]
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
