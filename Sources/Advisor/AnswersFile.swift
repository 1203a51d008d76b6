import Foundation
import RuleEngine

/// An answers file: `question-id = value` lines, `#` comments, several values comma-separated.
/// The format `career advise --answers` reads and scenario personas are written in.
public struct AnswersFile: Sendable {
    public struct Line: Sendable, Equatable {
        public let question: String
        public let text: String
        public let location: SourceLocation
    }

    public let lines: [Line]

    /// - Throws: `EngineError` at the line and column of the first malformed or repeated line.
    public init(text: String, file: String) throws(EngineError) {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = raw.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let column = raw.prefix { $0 == " " || $0 == "\t" }.count + 1
            let at = SourceLocation(file: file, line: index + 1, column: column)
            guard let equals = content.firstIndex(of: "=") else {
                throw EngineError("expected `question-id = value`", at: at, sourceLine: String(raw))
            }
            let question = content[..<equals].trimmingCharacters(in: .whitespaces)
            let value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !question.isEmpty, !question.contains(" ") else {
                throw EngineError("expected a question id before `=`", at: at, sourceLine: String(raw))
            }
            if let earlier = lines.first(where: { $0.question == question }) {
                throw EngineError("\(question) is answered twice; the first answer is on line \(earlier.location.line)",
                                  at: at, sourceLine: String(raw))
            }
            lines.append(Line(question: question, text: value, location: at))
        }
        self.lines = lines
    }

    /// Reads a file, or standard input for `-`.
    public init(path: String) throws(EngineError) {
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw EngineError("cannot read the answers file: \(error.localizedDescription)", at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
        try self.init(text: text, file: path == "-" ? "<stdin>" : path)
    }

    public func line(for question: String) -> Line? { lines.first { $0.question == question } }
}
