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

    func readLine(from router: Value?) throws -> String? {
        guard let r = router, let name = r.lexeme, name != "t", name != "stdin" else {
            return io.readLine()
        }
        guard var pending = inputFiles[name] else {
            throw EngineError("read: there is no open router named \(name)")
        }
        guard !pending.isEmpty else { return nil }
        let line = pending.removeFirst()
        inputFiles[name] = pending
        return line
    }

    func openFile(_ path: String, as name: String, mode: String) -> Bool {
        if mode.hasPrefix("r") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
            var lines = text.components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            inputFiles[name] = lines
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
