/// Splits CLIPS source text into tokens, remembering where each one starts.
public struct Lexer {
    private let bytes: [UInt8]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    public let file: String

    public init(_ text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    public var isAtEnd: Bool { mutating get { skipTrivia(); return pos >= bytes.count } }

    /// The byte offset of the next unread character; `(load)` uses it to cut construct text.
    public var offset: Int { pos }

    public func text(from start: Int, to end: Int) -> String {
        String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    /// `text(from:to:)` without the whitespace and control characters around it, trimmed on the
    /// bytes: Foundation's `trimmingCharacters` took a fifth of loading a knowledge base.
    public func trimmedText(from start: Int, to end: Int) -> String {
        var first = start, last = min(end, bytes.count)
        while first < last, bytes[first] <= 32 { first += 1 }
        while last > first, bytes[last - 1] <= 32 { last -= 1 }
        return String(decoding: bytes[first..<last], as: UTF8.self)
    }

    /// The rest of the current line without its newline, which is consumed; nil at the end.
    /// `readline` on a file uses it.
    public mutating func restOfLine() -> String? {
        guard pos < bytes.count else { return nil }
        let start = pos
        while pos < bytes.count && bytes[pos] != 10 { pos += 1 }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if pos < bytes.count { pos += 1; line += 1; lineStart = pos }
        return text
    }

    /// The text of a 1-based source line, for error carets. The search starts from the line the
    /// lexer is on, which errors are near: from the start of the text, a file with an error in
    /// each of its thousands of constructs took time quadratic in its length to report them.
    public func sourceLine(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var start = lineStart, current = line
        while current > number {
            start -= 1  // the newline ending the line before
            while start > 0 && bytes[start - 1] != 10 { start -= 1 }
            current -= 1
        }
        while current < number {
            guard let newline = bytes[start...].firstIndex(of: 10) else { return nil }
            start = newline + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private var location: SourceLocation {
        SourceLocation(file: file, line: line, column: pos - lineStart + 1)
    }

    private mutating func skipTrivia() {
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 10 {
                pos += 1; line += 1; lineStart = pos
            } else if b <= 32 {
                // Other control characters end a word (`isDelimiter`), so they must be skipped
                // like spaces, or the lexer would stand still on them.
                pos += 1
            } else if b == 59 { // ;
                while pos < bytes.count && bytes[pos] != 10 { pos += 1 }
            } else {
                return
            }
        }
    }

    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case 32, 9, 10, 13, 11, 12, 40, 41, 34, 59, 38, 124, 126: return true // space ( ) " ; & | ~
        default: return b < 32
        }
    }

    public mutating func next() throws -> Token {
        skipTrivia()
        let loc = location
        guard pos < bytes.count else { return Token(kind: .eof, location: loc) }
        let b = bytes[pos]
        switch b {
        case 40: pos += 1; return Token(kind: .leftParen, location: loc)
        case 41: pos += 1; return Token(kind: .rightParen, location: loc)
        case 38: pos += 1; return Token(kind: .and, location: loc)
        case 124: pos += 1; return Token(kind: .or, location: loc)
        case 126: pos += 1; return Token(kind: .not, location: loc)
        case 34: return Token(kind: .string(try readString(loc)), location: loc)
        default: break
        }
        let start = pos
        while pos < bytes.count && !Lexer.isDelimiter(bytes[pos]) { pos += 1 }
        return Token(kind: Lexer.classify(bytes[start..<pos]), location: loc)
    }

    private mutating func readString(_ loc: SourceLocation) throws -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 34 { pos += 1; return String(decoding: out, as: UTF8.self) }
            if c == 92 && pos + 1 < bytes.count { pos += 1 }
            if bytes[pos] == 10 { line += 1; lineStart = pos + 1 }
            out.append(bytes[pos])
            pos += 1
        }
        throw EngineError("unterminated string: expected a closing '\"'", at: loc, sourceLine: sourceLine(loc.line))
    }

    /// Told apart by the first byte, so that most words (symbols) are decoded once and never
    /// searched as strings.
    static func classify(_ word: ArraySlice<UInt8>) -> TokenKind {
        func text(dropping prefix: Int = 0, suffix: Int = 0) -> String {
            String(decoding: word.dropFirst(prefix).dropLast(suffix), as: UTF8.self)
        }
        let second = word.dropFirst().first
        switch word.first ?? 0 {
        case UInt8(ascii: "?"):
            if word.count == 1 { return .wildcard }
            if second == UInt8(ascii: "*"), word.count > 3, word.last == UInt8(ascii: "*") {
                return .globalVariable(text(dropping: 2, suffix: 1))
            }
            return .variable(text(dropping: 1))
        case UInt8(ascii: "$") where second == UInt8(ascii: "?"):
            return word.count == 2 ? .multiWildcard : .multiVariable(text(dropping: 2))
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return parseNumber(word) ?? .symbol(text())
        default:
            return .symbol(text())
        }
    }

    /// CLIPS number syntax: optional sign, digits with an optional point, optional exponent.
    static func parseNumber(_ u: ArraySlice<UInt8>) -> TokenKind? {
        var i = u.startIndex
        if i < u.endIndex && (u[i] == 43 || u[i] == 45) { i += 1 }
        var digits = 0, isFloat = false
        while i < u.endIndex && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
        if i < u.endIndex && u[i] == 46 {
            isFloat = true; i += 1
            while i < u.endIndex && u[i] >= 48 && u[i] <= 57 { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < u.endIndex && (u[i] == 101 || u[i] == 69) {
            isFloat = true; i += 1
            if i < u.endIndex && (u[i] == 43 || u[i] == 45) { i += 1 }
            var expDigits = 0
            while i < u.endIndex && u[i] >= 48 && u[i] <= 57 { i += 1; expDigits += 1 }
            if expDigits == 0 { return nil }
        }
        guard i == u.endIndex else { return nil }
        let word = String(decoding: u, as: UTF8.self)
        if !isFloat {
            if let v = Int(word.hasPrefix("+") ? String(word.dropFirst()) : word) { return .integer(v) }
            isFloat = true
        }
        return Double(word).map { .float($0) }
    }
}
