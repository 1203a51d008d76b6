import Foundation

/// `dribble-on` and `dribble-off`: a transcript, in a file, of what the environment shows:
/// output, error messages and, at the prompt, what was typed.
extension Environment {
    /// Starts a transcript in `path`, replacing the file and ending any transcript under way;
    /// false when the file cannot be written.
    func startDribble(to path: String) -> Bool {
        stopDribble()
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else { return false }
        let screen = session.io.write
        dribble = (file, screen)
        // A full disk ends the copy's writes, not the program.
        session.io.write = { text in
            screen(text)
            try? file.write(contentsOf: Data(text.utf8))
        }
        return true
    }

    /// Ends the transcript, if one is under way. `clear` keeps the session's output, so the
    /// transcript outlives it, as in CLIPS.
    func stopDribble() {
        guard let (file, screen) = dribble else { return }
        session.io.write = screen
        try? file.close()
        dribble = nil
    }

    /// Adds to the transcript what does not go through the session's output: what was typed
    /// at the prompt, and error messages.
    public func transcribe(_ text: String) {
        try? dribble?.file.write(contentsOf: Data(text.utf8))
    }
}
