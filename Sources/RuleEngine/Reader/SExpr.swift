/// A parsed form: an atom or a parenthesised list, each with where it started.
public struct SExpr: Sendable {
    public enum Kind: Sendable {
        case atom(TokenKind)
        case list([SExpr])
    }
    public var kind: Kind
    public var location: SourceLocation

    public var items: [SExpr]? {
        if case .list(let l) = kind { return l }
        return nil
    }

    public var atom: TokenKind? {
        if case .atom(let a) = kind { return a }
        return nil
    }

    /// The symbol text when this is a symbol atom.
    public var symbolName: String? {
        if case .atom(.symbol(let s)) = kind { return s }
        return nil
    }

    /// The head symbol of a list, `deftemplate` in `(deftemplate ...)`.
    public var head: String? { items?.first?.symbolName }
}

/// Reads forms from source text one at a time.
public struct Reader {
    public var lexer: Lexer
    private var peeked: Token?
    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maxDepth = 500

    public init(_ text: String, file: String) {
        lexer = Lexer(text, file: file)
    }

    public mutating func peek() throws -> Token {
        if let p = peeked { return p }
        let t = try lexer.next()
        peeked = t
        return t
    }

    mutating func take() throws -> Token {
        let t = try peek()
        peeked = nil
        return t
    }

    func error(_ message: String, at loc: SourceLocation) -> EngineError {
        EngineError(message, at: loc, sourceLine: lexer.sourceLine(loc.line))
    }

    /// The next complete form, or nil at the end of input.
    public mutating func read() throws -> SExpr? {
        let t = try peek()
        if case .eof = t.kind { return nil }
        return try readForm(depth: 0)
    }

    private mutating func readForm(depth: Int) throws -> SExpr {
        let t = try take()
        switch t.kind {
        case .leftParen:
            guard depth < Reader.maxDepth else {
                throw error("expressions nested deeper than \(Reader.maxDepth) levels", at: t.location)
            }
            var items: [SExpr] = []
            while true {
                let n = try peek()
                switch n.kind {
                case .rightParen:
                    _ = try take()
                    return SExpr(kind: .list(items), location: t.location)
                case .eof:
                    throw error("missing ')': this '(' is never closed", at: t.location)
                default:
                    items.append(try readForm(depth: depth + 1))
                }
            }
        case .rightParen:
            throw error("unexpected ')': expected a command or construct", at: t.location)
        case .eof:
            throw error("unexpected end of input", at: t.location)
        default:
            return SExpr(kind: .atom(t.kind), location: t.location)
        }
    }
}
