import Testing
@testable import RuleEngine

/// Every built-in function called with the awkward values people and programs produce: the
/// largest and smallest integers, floats no integer holds, empty and accented strings, empty
/// multifields, format directives. A function may refuse them with an error; none may stop the
/// process (Swift traps on overflow and on out-of-range conversions where C wraps) or hang.
@Suite struct ExtremeArgumentTests {
    static let values = [
        "-1", "0", "2", "9223372036854775807", "-9223372036854775808", "1e300", "-1e300", "0.5", "-0.0",
        "\"\"", "\"é\"", "\"%d\"", "abc", "(create$)", "(create$ a b c)",
    ]
    /// Functions that would touch the machine (files, the terminal, the process) or the session
    /// (rules, facts, the agenda), which other suites cover.
    static let leftOut: Set<String> = [
        "exit", "halt", "run", "reset", "watch", "unwatch", "open", "close", "read", "readline", "save-facts",
        "load-facts", "build", "eval", "refresh", "focus", "set-strategy", "set-salience-evaluation", "retract",
        "assert-string", "get-char", "read-number", "printout", "setgen", "gensym", "gensym*",
    ]

    /// For each function, one call per value when it takes one argument, and a fixed sample of
    /// value tuples when it takes more, so that a failure names a reproducible call.
    static var calls: [(name: String, calls: [String])] {
        var rng = FuzzTests.Rng(state: 11)
        return Builtins.table.sorted(by: { $0.key < $1.key }).filter { !leftOut.contains($0.key) }.map { name, f in
            var calls: [String] = []
            for count in f.minArgs...max(f.minArgs, min(f.maxArgs ?? 3, 3)) {
                if count <= 1 {
                    calls += count == 0 ? ["(\(name))"] : values.map { "(\(name) \($0))" }
                    continue
                }
                for _ in 0..<40 {
                    let args = (0..<count).map { _ in values[rng.next(values.count)] }
                    calls.append("(\(name) \(args.joined(separator: " ")))")
                }
            }
            return (name, calls)
        }
    }

    @Test func noBuiltInStopsTheProcessOnExtremeArguments() {
        let functions = Self.calls
        #expect(functions.count > 60)
        for (name, calls) in functions {
            let run = runEngine(calls.map { "(bind ?r \($0))" }.joined(separator: "\n") + "\n(printout t done crlf)\n",
                                file: "\(name).clp", stepBudget: 1_000_000)
            #expect(run.stdout.hasSuffix("done\n"), "\(name): the run ended early: \(run.errors.last?.description ?? "")")
        }
    }

    /// CLIPS's gensym counter wraps around; its loop-for-count would count past the largest
    /// integer for ever, ours stops there.
    @Test func countersAtTheLargestIntegerDoNotOverflow() {
        let run = runEngine("""
            (loop-for-count (?i 9223372036854775806 9223372036854775807) (printout t ?i crlf))
            (setgen 9223372036854775807)
            (printout t (gensym) " " (gensym) crlf)
            """)
        #expect(run.errors.isEmpty)
        #expect(run.stdout == "9223372036854775806\n9223372036854775807\ngen9223372036854775807 gen-9223372036854775808\n")
    }

    @Test(arguments: ["%", "%5", "%-", "%.s", "%99999d", "%q", "%c", "%s%s", "%5.1000f", "%e", "%x", "%o", "%-99999999999s"])
    func formatSurvivesAnyDirective(_ directive: String) {
        let run = runEngine(["", "1", "1e300", "\"é\"", "abc", "-1"]
            .map { "(bind ?r (format nil \"\(directive)\" \($0)))" }.joined(separator: "\n") + "\n(printout t done crlf)\n")
        #expect(run.stdout.hasSuffix("done\n"))
    }
}
