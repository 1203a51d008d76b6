import Foundation

/// Scratch folders for tests. They all sit in one folder per test process, removed when the
/// process exits, so a test run leaves nothing behind in the temporary directory: a machine
/// that runs the suite all day would otherwise fill it with databases and knowledge-base copies.
public enum Scratch {
    /// A new, empty folder whose name starts with `prefix`. The whole UUID, so that no two tests
    /// ever share a folder (creating one that exists would not fail).
    public static func folder(_ prefix: String) -> URL {
        let folder = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Short, because a Unix socket's path in it must fit in 108 bytes.
    private static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ca-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return root
    }()
}
