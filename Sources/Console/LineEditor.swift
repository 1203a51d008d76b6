import CReadline
import Foundation

/// Where interactive lines come from: GNU readline on a terminal, plain standard input
/// otherwise, so scripts and pipes work unchanged.
public protocol LineEditor: AnyObject {
    /// The next line without its newline, or nil at end of input.
    func readLine(prompt: String) -> String?
    func addHistory(_ line: String)
    /// Words Tab completes to while reading the next line.
    func setCompletions(_ words: [String])
}

extension LineEditor {
    public func setCompletions(_ words: [String]) {}
}

/// Chooses readline when standard input is a terminal.
public func makeLineEditor(historyFile: String?) -> any LineEditor {
    isatty(STDIN_FILENO) != 0 ? ReadlineEditor(historyFile: historyFile) : PlainLineEditor()
}

/// Lines from a pipe or file; prompts still go to standard output, as CLIPS does.
public final class PlainLineEditor: LineEditor {
    public init() {}
    public func readLine(prompt: String) -> String? {
        if !prompt.isEmpty {
            FileHandle.standardOutput.write(Data(prompt.utf8))
        }
        return Swift.readLine()
    }
    public func addHistory(_ line: String) {}
}

/// GNU readline with history kept in a file between runs.
public final class ReadlineEditor: LineEditor {
    private let historyFile: String?

    public init(historyFile: String?) {
        self.historyFile = historyFile
        if let historyFile {
            try? FileManager.default.createDirectory(atPath: (historyFile as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            // append_history only appends to a file that exists. One that cannot be made only
            // costs the history; line editing goes on.
            if !FileManager.default.fileExists(atPath: historyFile) {
                _ = FileManager.default.createFile(atPath: historyFile, contents: nil)
            }
            read_history(historyFile)
        }
        ReadlineCompletion.install()
        ReadlineInterrupt.install()
    }

    public func setCompletions(_ words: [String]) { ReadlineCompletion.words = words }

    public func readLine(prompt: String) -> String? {
        fflush(nil)
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    public func addHistory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        if let historyFile { append_history(1, historyFile) }
    }
}

/// The history file under `$XDG_STATE_HOME/career/` (default `~/.local/state/career/`).
public func historyPath(_ name: String) -> String {
    let env = ProcessInfo.processInfo.environment
    let base = env["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        ?? (env["HOME"] ?? NSTemporaryDirectory()) + "/.local/state"
    return base + "/career/" + name
}
