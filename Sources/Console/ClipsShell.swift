import Foundation
import RuleEngine

/// The CLIPS-compatible command loop behind `career clips`.
public final class ClipsShell {
    public let environment: Environment
    private let editor: any LineEditor

    public init(editor: any LineEditor, maxFirings: Int? = nil) {
        self.editor = editor
        let stdout = FileHandle.standardOutput
        let io = SessionIO(write: { stdout.write(Data($0.utf8)) }, readLine: { Swift.readLine() })
        environment = Environment(io: io, reportError: { e in
            FileHandle.standardError.write(Data((e.description + "\n").utf8))
        })
        if let maxFirings { environment.maxFiringsPerRun = maxFirings }
    }

    /// `-f`/`-f2`: runs a batch file, echoing each command and its value when `echo` is set.
    public func batch(_ path: String, echo: Bool) -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            FileHandle.standardError.write(Data("\(path): error: cannot read the batch file\n".utf8))
            return false
        }
        environment.runBatch(text, file: path, echo: echo)
        return true
    }

    /// `-l`: loads constructs from a file silently, as `load*` does and as CLIPS's `-l` does.
    public func load(_ path: String) {
        environment.runBatch("(load* \"\(path.replacingOccurrences(of: "\"", with: "\\\""))\")", file: "<command line>")
    }

    /// What CLIPS prints when its command loop starts.
    public func printBanner() {
        environment.session.io.write("         CLIPS (6.30 3/17/15)\n")
    }

    /// The interactive loop: reads until forms are complete, evaluates, prints values.
    public func interact() {
        var buffer = ""
        while !environment.exitRequested {
            let prompt = buffer.isEmpty ? "CLIPS> " : ""
            guard let line = editor.readLine(prompt: prompt) else {
                if buffer.isEmpty { break }
                environment.evaluateLine(buffer)
                break
            }
            environment.transcribe(prompt + line + "\n")
            buffer += buffer.isEmpty ? line : "\n" + line
            guard Environment.isComplete(buffer) else { continue }
            editor.addHistory(buffer)
            environment.evaluateLine(buffer)
            buffer = ""
        }
    }
}
