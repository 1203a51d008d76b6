import Testing
@testable import RuleEngine

/// Words are classified by their bytes; each form CLIPS tells apart, and the near misses that
/// stay symbols.
@Suite struct LexerTests {
    static func kinds(_ text: String) throws -> [TokenKind] {
        var lexer = Lexer(text, file: "words.clp")
        var kinds: [TokenKind] = []
        while case let token = try lexer.next(), token.kind != .eof { kinds.append(token.kind) }
        return kinds
    }

    @Test func variablesAndWildcards() throws {
        #expect(try Self.kinds("? ?x ?*limit* ?** $? $?rest $x ?é") == [
            .wildcard, .variable("x"), .globalVariable("limit"), .variable("**"), .multiWildcard,
            .multiVariable("rest"), .symbol("$x"), .variable("é"),
        ])
    }

    @Test func numbersAndWordsThatLookLikeThem() throws {
        #expect(try Self.kinds("1 +3 -2.5 .5 1e5 2E-3 + - . 1e 3abc -x") == [
            .integer(1), .integer(3), .float(-2.5), .float(0.5), .float(100_000), .float(0.002),
            .symbol("+"), .symbol("-"), .symbol("."), .symbol("1e"), .symbol("3abc"), .symbol("-x"),
        ])
    }

    /// Error carets quote a line wherever the lexer is: lines behind it, its own, and ahead.
    @Test func sourceLinesAreFoundFromAnyPosition() throws {
        var lexer = Lexer("one\ntwo\n\nfour", file: "lines.clp")
        let atStart = (1...5).map { lexer.sourceLine($0) }
        while case let token = try lexer.next(), token.kind != .eof {}
        let atEnd = (0...5).map { lexer.sourceLine($0) }
        #expect(atStart == ["one", "two", "", "four", nil])
        #expect(atEnd == [nil, "one", "two", "", "four", nil])
        #expect(Lexer("last\n", file: "x.clp").sourceLine(2) == "")
    }
}
