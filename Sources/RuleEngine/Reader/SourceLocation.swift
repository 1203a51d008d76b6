/// Where something was written: file, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem in a program, located precisely enough to print the offending line with a caret.
public struct EngineError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    /// The text of the source line, when known, for the caret display.
    public var sourceLine: String?

    public init(_ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `FILE:LINE:COLUMN: error: message`, then the source line and a caret under the column.
    public var description: String {
        guard let loc = location else { return "error: \(message)" }
        var out = "\(loc): error: \(message)"
        if let line = sourceLine {
            let caretPad = String(line.prefix(max(0, loc.column - 1)).map { $0 == "\t" ? "\t" : " " })
            out += "\n" + line + "\n" + caretPad + "^"
        }
        return out
    }
}

/// What a built-in met and went on from, as CLIPS says so and carries on (`retract` of a fact
/// that is not there retracts the others): thrown once the built-in has done the rest, so that
/// the call reports each error with its place and evaluation goes on with `result`.
struct ReportedErrors: Error {
    let errors: [EngineError]
    let result: Value
    /// The error the built-in then stopped on, thrown once the others are reported.
    var fatal: EngineError?
}
