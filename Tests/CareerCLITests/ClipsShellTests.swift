import Foundation
import Testing
import TestScratch

/// `career clips` started the ways `clips` is, side by side with Debian's CLIPS 6.30: the
/// banner and when it comes, what the command line's files print, and the value the command
/// loop prints after each command it echoes.
@Suite("career clips starts and echoes as clips does")
struct ClipsShellTests {
    static let reference = URL(fileURLWithPath: "/usr/bin/clips")

    /// Commands without a result (`printout`, `reset`, `run`, the listings, ...) print nothing
    /// after them, a deffunction ending in one included; `create$` leaves their value out. The
    /// empty symbol is a value like any other: its line is printed, and `create$` keeps it.
    static let commands = """
        (deftemplate p (slot a))
        (defrule r (p (a ?x)) => (printout t r ?x crlf))
        (deffunction quiet () (reset))
        (deffunction last-printout () (printout t done crlf))
        (reset)
        (assert (p (a 1)))
        (facts)
        (agenda)
        (rules)
        (run)
        (printout t x crlf)
        (retract 1)
        (watch facts)
        (unwatch facts)
        (halt)
        (seed 3)
        (refresh r)
        (list-focus-stack)
        (clear-focus-stack)
        (list-deftemplates)
        (list-deffunctions)
        (list-deffacts)
        (list-defglobals)
        (list-defmodules)
        (quiet)
        (last-printout)
        (progn (printout t a crlf))
        (if TRUE then (printout t b crlf))
        (create$ (printout t c crlf) z)
        (length$ (create$ (printout t "")))
        (if (printout t "") then yes else no)
        (eq (printout t "") FALSE)
        (progn)
        (sym-cat "")
        (length$ (create$ (sym-cat "")))
        (set-strategy depth)
        (focus MAIN)

        """

    /// Loaded with `-l`, which CLIPS does silently: no "Defining" lines and no TRUE.
    static let rules = """
        (deftemplate q (slot a))
        (deffacts start (q (a 7)))
        (defrule y (q (a ?x)) => (printout t fired ?x crlf))

        """

    @Test(arguments: [
        ["-f", "commands.bat"], ["-f2", "commands.bat"], ["-l", "rules.clp"],
        ["-l", "rules.clp", "-f", "commands.bat"], [],
    ])
    func startsAsClipsDoes(_ arguments: [String]) throws {
        let folder = Scratch.folder("clips-shell")
        try Self.commands.write(to: folder.appendingPathComponent("commands.bat"), atomically: true, encoding: .utf8)
        try Self.rules.write(to: folder.appendingPathComponent("rules.clp"), atomically: true, encoding: .utf8)
        let paths = arguments.map { $0.hasPrefix("-") ? $0 : folder.appendingPathComponent($0).path }
        // Typed after the files. Variables bound at the prompt last until a `reset`, and `bind`
        // without a value unbinds one. CLIPS needs the (exit): at the end of its input it never stops.
        let input = """
            (reset)
            (run)
            (facts)
            (bind ?f (assert (item 2)))
            (bind ?n (+ 1 2))
            (facts)
            (retract ?f)
            (* ?n 2)
            (bind ?n)
            (bind ?n 7)
            (printout t ?n crlf)
            (exit)

            """
        let clips = try CareerProcess.run(paths, input: input, executable: Self.reference)
        let ours = try CareerProcess.run(["clips"] + paths, input: input)
        #expect(ours.output == clips.output)
        #expect(ours.status == 0, "\(ours.error)")
    }

    /// A transcript of the prompt holds what was typed after each prompt, as CLIPS writes it,
    /// and our error messages as well.
    @Test func dribbleTranscribesThePromptAsClipsDoes() throws {
        let folder = Scratch.folder("clips-dribble")
        func input(_ transcript: URL) -> String {
            "(dribble-on \"\(transcript.path)\")\n(+ 1 2)\n(deffunction f ()\n  3)\n(f)\n(facts)\n(dribble-off)\n(exit)\n"
        }
        let theirs = folder.appendingPathComponent("clips.txt"), ours = folder.appendingPathComponent("career.txt")
        _ = try CareerProcess.run([], input: input(theirs), executable: Self.reference)
        let run = try CareerProcess.run(["clips"], input: input(ours))
        #expect(run.status == 0, "\(run.error)")
        #expect(try String(contentsOf: ours, encoding: .utf8) == String(contentsOf: theirs, encoding: .utf8))

        let withError = folder.appendingPathComponent("error.txt")
        _ = try CareerProcess.run(["clips"], input: "(dribble-on \"\(withError.path)\")\n(frobnicate)\n(dribble-off)\n(exit)\n")
        let transcript = try String(contentsOf: withError, encoding: .utf8)
        #expect(transcript.contains("CLIPS> (frobnicate)\n"))
        #expect(transcript.contains("error: unknown function 'frobnicate'"))
    }
}
