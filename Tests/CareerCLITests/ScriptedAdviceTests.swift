import Advisor
import Foundation
import TestScratch
import Testing

@Suite("The same answers give the same advice through the chat, a script and advise")
struct ScriptedAdviceTests {
    @Test(arguments: ["inflated-title", "new-graduate", "vp-gm-or-coo"])
    func chatScriptAndAdviseAgree(scenario: String) throws {
        let advise = try CareerProcess.run(["advise", "--answers", CareerProcess.scenario(scenario)])
        #expect(advise.status == 0, "\(advise.error)")
        // Replay the answers in the order the conversation asks them, as a person would type them.
        let knowledge = try KnowledgeBase(directory: CareerProcess.repository.appendingPathComponent("Knowledge"))
        let run = try ScriptedRun(knowledge: knowledge, answers: AnswersFile(path: CareerProcess.scenario(scenario)))
        let script = run.session.answers.map { $0.value == .unknown ? "skip" : $0.value.fileText }.joined(separator: "\n") + "\n"
        let chat = try CareerProcess.run([], input: script)
        #expect(chat.status == 0, "\(chat.error)")
        #expect(chat.output.contains(advise.output), "the chat's advice differs from career advise")
        #expect(advise.output.contains("Where you are"))
    }

    @Test func adviseJSONFollowsTheDocumentedSchema() throws {
        var files: [String] = []
        for (n, name) in CareerProcess.scenarioNames.enumerated() {
            let explain = n % 2 == 0 ? ["--explain"] : []
            let result = try CareerProcess.run(["advise", "--format", "json", "--answers", CareerProcess.scenario(name)] + explain)
            #expect(explain.isEmpty || result.output.contains("\"derivations\""))
            #expect(result.status == 0, "\(name): \(result.error)")
            let file = Scratch.folder("advice").appendingPathComponent("\(name).json")
            try result.output.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        #expect(files.count >= 12)
        let validator = Process()
        validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let schema = CareerProcess.repository.appendingPathComponent("docs/advice.schema.json").path
        validator.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            for path in sys.argv[2:]:
                jsonschema.validate(json.load(open(path)), schema)
            """, schema] + files
        try validator.run()
        validator.waitUntilExit()
        #expect(validator.terminationStatus == 0)
    }

    @Test func aBadAnswersFileIsRefusedWithItsLocation() throws {
        let file = Scratch.folder("bad-answers").appendingPathComponent("bad.answers")
        try "current-title = pm\n\nscope = a banana\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CareerProcess.run(["advise", "--answers", file.path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(file.path):3:1"))
        #expect(result.error.contains("scope"))
        try "no equals sign here\n".write(to: file, atomically: true, encoding: .utf8)
        let malformed = try CareerProcess.run(["advise", "--answers", file.path])
        #expect(malformed.status == 2)
        #expect(malformed.error.contains("\(file.path):1:1: error: expected `question-id = value`"))
    }

    @Test func garbageInAScriptNeitherCrashesNorLosesAnswers() throws {
        let script = "pm\n\u{7}\u{0}\n-1e999\n3\n((((\nback\n5\nsave mine\nsessions\n"
        let result = try CareerProcess.run([], input: script)
        #expect(result.status == 1)
        #expect(result.output.contains("Saved 2 answers as mine."))
        #expect(result.output.contains("mine"))
    }

    /// A whole scripted session, commands included, against its golden transcript.
    /// `UPDATE_GOLDEN=1` rewrites the file when a change is intended.
    @Test func scriptedSessionMatchesItsGoldenTranscript() throws {
        let folder = CareerProcess.repository.appendingPathComponent("Tests/CareerCLITests/Golden")
        let script = try String(contentsOf: folder.appendingPathComponent("inflated-title.script"), encoding: .utf8)
        let result = try CareerProcess.run([], input: script)
        #expect(result.status == 0, "\(result.error)")
        let golden = folder.appendingPathComponent("inflated-title.transcript")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try result.output.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.output == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func kbCheckAndTestPassOnTheShippedKnowledgeBase() throws {
        let check = try CareerProcess.run(["kb", "check"])
        #expect(check.status == 0, "\(check.error)")
        let test = try CareerProcess.run(["kb", "test"])
        #expect(test.status == 0)
        #expect(test.output.contains("0 failed"))
    }
}
