import Advisor
import Benchmark
import Foundation

/// What a person waits for (issue 5): from nothing to the first question — loading and
/// compiling the knowledge base, starting a session — and one turn, an answer to the next
/// question, at the 99th percentile; and what a daemon pays per conversation.
let benchmarks: @Sendable () -> Void = {
    let knowledgeDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Knowledge")

    Benchmark("advisor cold start to the first question",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxIterations: 50)) { _ in
        let knowledge = try KnowledgeBase(directory: knowledgeDirectory)
        let session = try AdvisorSession(knowledge: knowledge)
        blackHole(session.openQuestion)
    }

    // A full conversation from a scenario, replayed turn by turn: each measured iteration is
    // one answer and the choice of the next question; starting over is not measured.
    let knowledge = try! KnowledgeBase(directory: knowledgeDirectory)

    // What careerd pays for each new conversation (and each one it brings back into memory)
    // from the knowledge base it compiled once: time, and bytes allocated, an upper bound on
    // what a fresh session keeps.
    Benchmark("advisor session from the compiled knowledge base",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, .mallocBytesCount], maxIterations: 1_000)) { _ in
        blackHole(try AdvisorSession(knowledge: knowledge))
    }

    let script = try! ScriptedRun(knowledge: knowledge, answers: AnswersFile(
        path: knowledgeDirectory.appendingPathComponent("scenarios/group-pm-director-or-principal.answers").path))
    let conversation = Conversation(knowledge: knowledge, turns: script.session.answers)
    Benchmark("advisor turn: answer to the next question",
              configuration: .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 2_000)) { benchmark in
        let turn = try conversation.nextTurn()
        benchmark.startMeasurement()
        try conversation.session.answer(turn.question, turn.value == .unknown ? "skip" : turn.value.fileText)
        blackHole(conversation.session.openQuestion)
        benchmark.stopMeasurement()
    }
}

/// The conversation the turn benchmark walks through, restarted when it runs out of answers.
final class Conversation: @unchecked Sendable {
    let session: AdvisorSession
    let turns: [AdvisorSession.Answer]
    private var position = 0

    init(knowledge: KnowledgeBase, turns: [AdvisorSession.Answer]) {
        session = try! AdvisorSession(knowledge: knowledge)
        self.turns = turns
    }

    func nextTurn() throws -> AdvisorSession.Answer {
        if position == turns.count {
            try session.restart()
            position = 0
        }
        defer { position += 1 }
        return turns[position]
    }
}
