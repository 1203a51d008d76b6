import Foundation

/// How text for people is laid out: the width to wrap to and whether to use colour. Colour is
/// only for terminals, and never when `NO_COLOR` is set (https://no-color.org).
public struct TextStyle: Sendable {
    public var width: Int
    public var colour: Bool

    public init(width: Int = 80, colour: Bool = false) {
        self.width = width
        self.colour = colour
    }

    /// The style for standard output: its terminal width and colour when it is a terminal.
    public static func forStandardOutput() -> TextStyle {
        let tty = isatty(STDOUT_FILENO) != 0
        var size = winsize()
        let columns = tty && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(width: max(40, min(columns, 100)), colour: tty && !noColour)
    }

    public func heading(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Wraps `text` to the width; the first line starts with `first`, later ones with `rest`.
    func wrap(_ text: String, first: String, rest: String) -> String {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
