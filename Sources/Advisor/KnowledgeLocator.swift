import Foundation

/// Finds and loads the knowledge base: `--knowledge DIR`, else `$CAREER_KNOWLEDGE`, else
/// `Knowledge/` in the current directory, else the `Knowledge/` folder nearest above the
/// executable (a built checkout).
public enum KnowledgeLocator {
    public static func directory(explicit: String?) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let env = ProcessInfo.processInfo.environment["CAREER_KNOWLEDGE"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let local = URL(fileURLWithPath: "Knowledge")
        if hasManifest(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("Knowledge")
            if hasManifest(candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return local
    }

    public static func load(explicit: String?) throws(KnowledgeError) -> KnowledgeBase {
        try KnowledgeBase(directory: directory(explicit: explicit))
    }

    private static func hasManifest(_ folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("load.clp").path)
    }
}
