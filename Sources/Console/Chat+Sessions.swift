import Advisor
import AdvisorStore
import Foundation

/// Saving and loading conversations from the REPL.
extension Chat {
    /// The name Ctrl-D and `quit` save under, so that leaving never loses answers.
    static let autosaveName = "autosave"

    func save(as requested: String?) throws {
        guard let name = requested ?? savedName else {
            say("Give the conversation a name: save NAME")
            return
        }
        guard Self.isValidName(name) else {
            say("\"\(name)\" cannot be a session name: use letters, digits, - and _ (up to 64).")
            return
        }
        let store = try openStore()
        if name != savedName, name != Self.autosaveName, try store.answers(of: name) != nil {
            say("A different conversation is already saved as \(name). Pick another name, or load \(name) first to continue it.")
            return
        }
        try store.save(session, as: name)
        savedName = name
        say("Saved \(session.answers.count) answers as \(name).")
    }

    func load(_ name: String?) throws {
        guard let name else {
            say("Which one? load NAME (sessions lists them)")
            return
        }
        try openStore().load(name, into: session)
        savedName = name
        say("Loaded \(name): \(session.answers.count) answers.")
    }

    func listSessions() throws -> String {
        let stored = try openStore().sessions()
        guard !stored.isEmpty else { return "No saved conversations yet. (save NAME keeps this one.)" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return stored.map { "  \($0.name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(formatter.string(from: $0.updatedAt))" }
            .joined(separator: "\n")
    }

    /// Keeps the answers when the person leaves: under the name they saved as, else `autosave`.
    func autosave() {
        guard !session.answers.isEmpty else { return }
        do {
            let name = savedName ?? Self.autosaveName
            try openStore().save(session, as: name)
            say("Your answers are saved as \(name); load \(name) continues this conversation.")
        } catch {
            say("Could not save your answers: \(error)")
            keepAsAnswersFile()
        }
    }

    /// The last resort when the database fails: the answers as an answers file, which
    /// `career advise --answers FILE` reads back.
    func keepAsAnswersFile() {
        let stamp = Int(Date().timeIntervalSince1970)
        let path = historyPath("unsaved-\(stamp).answers")
        let text = session.answers.map { "\($0.question) = \($0.value.fileText)" }.joined(separator: "\n") + "\n"
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            say("Your answers are in \(path) instead (career advise --answers reads it).")
        } catch {
            say("Could not write \(path) either (\(error.localizedDescription)). Your answers were:\n" + text)
        }
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
