import Advisor
import Foundation
import TestScratch

/// The repository's own knowledge base, loaded once for all tests.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledgeDirectory = repository.appendingPathComponent("Knowledge")
    static let knowledge: KnowledgeBase = try! KnowledgeBase(directory: knowledgeDirectory)

    /// A scratch copy of the knowledge base that a test may break.
    static func knowledgeCopy() throws -> URL {
        let copy = Scratch.folder("kb").appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(at: knowledgeDirectory, to: copy)
        return copy
    }

    static func scenario(_ name: String) throws -> AnswersFile {
        try AnswersFile(path: knowledgeDirectory.appendingPathComponent("scenarios/\(name).answers").path)
    }
}
