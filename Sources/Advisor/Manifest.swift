import Foundation
import RuleEngine

/// `manifest.txt`: the knowledge files in load order, one per line; `#` starts a comment.
enum Manifest {
    static func files(in directory: URL) throws(KnowledgeError) -> [URL] {
        let manifest = directory.appendingPathComponent("manifest.txt")
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else {
            throw KnowledgeError("no readable manifest.txt in \(directory.path): a knowledge directory lists its files there, one per line, in load order")
        }
        var files: [URL] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let name = line.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("#") { continue }
            let file = directory.appendingPathComponent(name)
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw KnowledgeError("\"\(name)\" is listed but there is no readable file by that name",
                                     at: SourceLocation(file: manifest.path, line: number + 1, column: 1))
            }
            files.append(file)
        }
        if files.isEmpty { throw KnowledgeError("manifest.txt lists no files", at: SourceLocation(file: manifest.path, line: 1, column: 1)) }
        return files
    }
}
