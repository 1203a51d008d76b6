import CReadline
import Foundation

/// Tab completion for readline. Readline calls plain C functions, so the current words live
/// in a global that only the reading thread touches.
enum ReadlineCompletion {
    nonisolated(unsafe) static var words: [String] = []
    nonisolated(unsafe) private static var matches: [String] = []

    static func install() {
        creadline_set_completion { text, _, _ in
            creadline_completion_over()
            return rl_completion_matches(text) { text, state in
                if state == 0 {
                    let prefix = text.map { String(cString: $0).lowercased() } ?? ""
                    ReadlineCompletion.matches = ReadlineCompletion.words.filter { $0.lowercased().hasPrefix(prefix) }
                }
                guard Int(state) < ReadlineCompletion.matches.count else { return nil }
                return strdup(ReadlineCompletion.matches[Int(state)])
            }
        }
    }
}

/// Ctrl-C at the prompt clears the line instead of ending the program.
enum ReadlineInterrupt {
    static func install() {
        creadline_set_catch_signals(0)
        signal(SIGINT) { _ in
            let newline: [UInt8] = [10]
            _ = write(STDOUT_FILENO, newline, 1)
            rl_on_new_line()
            rl_replace_line("", 0)
            rl_redisplay()
        }
    }
}
