import Foundation
import RuleEngine

/// `load.clp`: the knowledge files in load order, as `(load* "FILE")` commands, so that the
/// reference CLIPS can load the same list (`cd Knowledge && clips -f2 load.clp`).
enum Manifest {
    static let fileName = "load.clp"

    static func files(in directory: URL) throws(KnowledgeError) -> [URL] {
        let manifest = directory.appendingPathComponent(fileName)
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else {
            throw KnowledgeError("no readable \(fileName) in \(directory.path): a knowledge directory lists its files there as (load* \"FILE\") commands, in load order")
        }
        var reader = Reader(text, file: manifest.path)
        var files: [URL] = []
        while true {
            let form: SExpr?
            do { form = try reader.read() } catch let error as EngineError { throw KnowledgeError([error]) } catch {
                throw KnowledgeError("\(error)", at: SourceLocation(file: manifest.path, line: 1, column: 1))
            }
            guard let form else { break }
            guard let items = form.items, items.count == 2, ["load", "load*"].contains(form.head ?? ""),
                  case .atom(.string(let name)) = items[1].kind else {
                throw KnowledgeError("expected (load* \"FILE\")", at: form.location)
            }
            let file = directory.appendingPathComponent(name)
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw KnowledgeError("\"\(name)\" is listed but there is no readable file by that name", at: form.location)
            }
            files.append(file)
        }
        if files.isEmpty { throw KnowledgeError("\(fileName) loads no files", at: SourceLocation(file: manifest.path, line: 1, column: 1)) }
        return files
    }
}
