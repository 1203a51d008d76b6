import Foundation

/// Routers: `t`/`stdout` and the other standard names go to the session's output; names given
/// to `open` go to files.
extension Session {
    func write(_ text: String, to router: Value) throws {
        let name = router.lexeme ?? router.printoutText
        switch name {
        case "t", "stdout", "wdisplay", "wtrace", "wdialog", "werror", "wwarning", "wclips", "wprompt":
            io.write(text)
        default:
            guard let handle = openFiles[name] else {
                throw EngineError("printout: there is no open router named \(name)")
            }
            handle.write(Data(text.utf8))
        }
    }

    /// The next line of `router` (standard input when nil or `t`), without its newline; nil at
    /// the end.
    func readLine(from router: Value?) throws -> String? {
        guard let name = inputFileName(router) else { return io.readLine() }
        return try withInputFile(name) { $0.restOfLine() }
    }

    /// The next token `read` returns. From standard input CLIPS takes the first token of the
    /// next non-blank line and drops the rest; from a file it keeps the rest for the next read.
    func readToken(from router: Value?) throws -> Token {
        guard let name = inputFileName(router) else {
            while let line = io.readLine() {
                var lexer = Lexer(line, file: "read")
                let t = try lexer.next()
                if case .eof = t.kind { continue }
                return t
            }
            return Token(kind: .eof, location: SourceLocation(file: "read", line: 1, column: 1))
        }
        return try withInputFile(name) { try $0.next() }
    }

    private func inputFileName(_ router: Value?) -> String? {
        guard let name = router?.lexeme, name != "t", name != "stdin" else { return nil }
        return name
    }

    private func withInputFile<T>(_ name: String, _ body: (inout Lexer) throws -> T) throws -> T {
        guard var lexer = inputFiles[name] else { throw EngineError("read: there is no open router named \(name)") }
        defer { inputFiles[name] = lexer }
        return try body(&lexer)
    }

    func openFile(_ path: String, as name: String, mode: String) -> Bool {
        if mode.hasPrefix("r") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
            inputFiles[name] = Lexer(text, file: path)
            return true
        }
        if mode.hasPrefix("w") || !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return false }
        }
        guard let h = FileHandle(forWritingAtPath: path) else { return false }
        if mode.hasPrefix("a") { h.seekToEndOfFile() }
        openFiles[name] = h
        return true
    }

    func closeFile(_ name: String?) -> Bool {
        guard let name else {
            for h in openFiles.values { h.closeFile() }
            let any = !openFiles.isEmpty || !inputFiles.isEmpty
            openFiles = [:]
            inputFiles = [:]
            return any
        }
        if let h = openFiles.removeValue(forKey: name) { h.closeFile(); return true }
        return inputFiles.removeValue(forKey: name) != nil
    }
}
