import Advisor
import AdvisorStore
import Foundation
import TestScratch
import Testing

@Suite("Saved sessions survive and fail clearly")
struct StoreTests {
    let knowledge = Fixtures.knowledge

    func scratchPath() -> String {
        Scratch.folder("store").appendingPathComponent("career.sqlite").path
    }

    @Test func saveLoadRoundTripRebuildsTheSameConversation() throws {
        let database = try AdvisorDatabase(path: scratchPath())
        let original = try ScriptedRun(knowledge: knowledge, answers: Fixtures.scenario("pm-to-founder")).session
        try database.save(original, as: "founder")
        let loaded = try AdvisorSession(knowledge: knowledge)
        try database.load("founder", into: loaded)
        #expect(loaded.answers == original.answers)
        #expect(loaded.advice == original.advice)
        #expect(try database.sessions().map(\.name) == ["founder"])
        #expect(try database.sessions().first?.knowledge == knowledge.identity)
    }

    @Test func savingTwiceReplacesAndDeleteRemoves() throws {
        let database = try AdvisorDatabase(path: scratchPath())
        let session = try AdvisorSession(knowledge: knowledge)
        try session.answer("pm")
        try database.save(session, as: "me")
        try session.answer("4")
        try database.save(session, as: "me")
        #expect(try database.answers(of: "me")?.answers.count == 2)
        #expect(try database.delete("me"))
        #expect(try database.delete("me") == false)
        #expect(throws: StoreError.self) { try database.load("me", into: AdvisorSession(knowledge: knowledge)) }
    }

    @Test func savingAgainKeepsTheCreationTimeAndListsTheLatestFirst() throws {
        let database = try AdvisorDatabase(path: scratchPath())
        let session = try AdvisorSession(knowledge: knowledge)
        try session.answer("pm")
        try session.answer("4")
        try database.save(session, as: "older")
        try database.save(session, as: "newer")
        let created = try #require(try database.answers(of: "older")?.session.createdAt)
        try session.back()
        Thread.sleep(forTimeInterval: 0.01)  // the store keeps times to the millisecond
        try database.save(session, as: "older")
        let saved = try #require(try database.answers(of: "older"))
        #expect(saved.session.createdAt == created)
        #expect(saved.session.updatedAt > created)
        #expect(saved.answers == session.answers, "a shorter log replaces the longer one")
        #expect(try database.sessions().map(\.name) == ["older", "newer"])
    }

    /// The daemon rewrites only what follows the part of the log that did not change; whatever
    /// the change, the stored log reads back as the new one.
    @Test func committingAChangedLogStoresExactlyTheNewLog() async throws {
        let database = try AdvisorDatabase(path: scratchPath())
        try await database.createGuardedSession("s", digest: "d", knowledge: knowledge.identity)
        func answer(_ question: String, _ value: String) -> AdvisorSession.Answer {
            AdvisorSession.Answer(question: question, value: .choices([value]))
        }
        let logs: [[AdvisorSession.Answer]] = [
            [answer("a", "1"), answer("b", "1"), answer("c", "1")],  // all new
            [answer("a", "1"), answer("b", "1"), answer("c", "2")],  // the latest revised
            [answer("a", "2"), answer("b", "1"), answer("c", "2")],  // the first revised
            [answer("a", "2")],  // shortened
            [answer("a", "2"), answer("d", "1"), answer("e", "1")],  // grown again
            [],
        ]
        var stored: [AdvisorSession.Answer] = []
        for log in logs {
            try await database.commit(log, replacing: stored, knowledge: knowledge.identity, as: "s")
            #expect(try await database.guardedLog(of: "s")?.answers == log)
            stored = log
        }
    }

    @Test func theDaemonsSessionsAreListedApartFromThoseSavedByName() async throws {
        let database = try AdvisorDatabase(path: scratchPath())
        let session = try AdvisorSession(knowledge: knowledge)
        try session.answer("pm")
        try database.save(session, as: "mine")
        try await database.createGuardedSession("0f3c9a", digest: "d", knowledge: knowledge.identity)
        #expect(try database.sessions().map(\.name) == ["mine"])
        #expect(try database.sessions(daemon: true).map(\.name) == ["0f3c9a"])
        #expect(try database.daemonSessionCount() == 1)
        #expect(try await database.guardedSessionCount() == 1)
    }

    @Test func twoConnectionsToOneFileBothWrite() async throws {
        let path = scratchPath()
        let first = try AdvisorDatabase(path: path)
        let second = try AdvisorDatabase(path: path)
        let knowledge = self.knowledge
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, database) in [first, second].enumerated() {
                group.addTask {
                    for n in 0..<20 {
                        let session = try AdvisorSession(knowledge: knowledge)
                        try session.answer("pm")
                        try database.save(session, as: "s\(index)-\(n)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.sessions().count == 40)
    }

    @Test func aDamagedFileGivesAClearMessage() throws {
        let path = scratchPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        do {
            _ = try AdvisorDatabase(path: path)
            Issue.record("opened a damaged database")
        } catch {
            #expect(error.description.contains("not a career database or is damaged"))
        }
    }
}
