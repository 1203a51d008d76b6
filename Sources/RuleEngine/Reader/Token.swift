/// One lexical token of the CLIPS language.
public enum TokenKind: Equatable, Sendable {
    case leftParen, rightParen
    case symbol(String)
    case string(String)
    case integer(Int)
    case float(Double)
    /// `?name`
    case variable(String)
    /// `$?name`
    case multiVariable(String)
    /// `?*name*`
    case globalVariable(String)
    /// `?`
    case wildcard
    /// `$?`
    case multiWildcard
    case and, or, not   // & | ~
    case eof
}

public struct Token: Sendable {
    public var kind: TokenKind
    public var location: SourceLocation
}
