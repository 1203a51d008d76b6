import Foundation
import Testing
@testable import RuleEngine

/// Sessions forked from a shared working memory must be indistinguishable from sessions that
/// ran `reset` themselves, and must not see each other: these run the same conversation both
/// ways, with rules that join, negate, count and retract the shared facts.
@Suite struct SharedWorkingMemoryTests {
    static let program = """
        (deftemplate role (slot id) (slot level) (multislot skills))
        (deftemplate answer (slot q) (slot v) (multislot more))
        (deffacts ladder
            (role (id apm) (level 1) (skills writing analysis))
            (role (id pm) (level 2) (skills writing analysis strategy))
            (role (id gpm) (level 3) (skills strategy hiring))
            (blocked gpm))
        (defrule start (role (id apm)) (not (answer (q level))) => (assert (ask level)))
        (defrule reachable
            (answer (q level) (v ?l))
            (role (id ?r) (level ?n&:(> ?n ?l)))
            (not (blocked ?r))
            =>
            (assert (next ?r)))
        (defrule skill-gap
            (logical (answer (q has) (more $?have)) (next ?r) (role (id ?r) (skills $? ?s $?)))
            (test (not (member$ ?s ?have)))
            =>
            (assert (gap ?r ?s)))
        (defrule any-gap (exists (gap ? ?)) => (assert (has-gaps)))
        (defrule open-path (role (id ?r)) (not (blocked ?r)) =>)
        (defrule unblock (answer (q unblock) (v ?r)) ?b <- (blocked ?r) => (retract ?b))
        (defrule drop-role (answer (q drop) (v ?r)) ?f <- (role (id ?r)) => (retract ?f))
        """

    /// The conversation: answers that build on the shared facts, then retract two of them
    /// (one a rule's negated condition, one holding up logically supported facts).
    static let steps = [
        "(watch facts)", "(watch rules)", "(watch activations)",
        "(assert (answer (q level) (v 1)))", "(run)",
        "(assert (answer (q has) (more writing)))", "(run)",
        "(assert (answer (q unblock) (v gpm)))", "(run)",
        "(assert (answer (q drop) (v pm)))", "(run)",
        "(fact-existp 2)", "(fact-existp 4)", "(assert (blocked gpm))", "(facts)", "(agenda)",
    ]

    static func ruleBase() -> RuleBase {
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run(program, file: "shared.clp")
        return env.ruleBase
    }

    static func shared(_ ruleBase: RuleBase) throws -> SharedWorkingMemory {
        try SharedWorkingMemory(ruleBase: ruleBase) { session in
            try session.reset()
            _ = try session.run()
        }
    }

    /// Everything the steps print, with each step's value.
    static func transcript(_ session: Session, output: Output) throws -> String {
        for step in steps {
            let value = try session.evaluate(step)
            output.text += "=> \(value.displayText)\n"
        }
        return output.text
    }

    final class Output: @unchecked Sendable { var text = "" }

    static func fork(_ shared: SharedWorkingMemory) -> (Session, Output) {
        let output = Output()
        return (Session(forkOf: shared, io: SessionIO(write: { output.text += $0 }, readLine: { nil })), output)
    }

    static func resetSession(_ ruleBase: RuleBase) throws -> (Session, Output) {
        let output = Output()
        let session = Session(ruleBase: ruleBase, io: SessionIO(write: { output.text += $0 }, readLine: { nil }))
        try session.reset()
        _ = try session.run()
        return (session, output)
    }

    @Test func aForkRunsTheConversationExactlyAsASessionThatReset() throws {
        let ruleBase = Self.ruleBase()
        let (plain, plainOutput) = try Self.resetSession(ruleBase)
        let expected = try Self.transcript(plain, output: plainOutput)
        #expect(expected.contains("<== f-4     (blocked gpm)"))
        #expect(expected.contains("<== f-2     (role (id pm)"))
        #expect(expected.contains("FIRE    3 reachable: f-6,f-3,*"))
        #expect(expected.contains("<== f-11    (gap pm strategy)"))
        // Blocked in the shared memory, by a shared fact that this conversation retracts.
        #expect(expected.contains("FIRE    2 open-path: f-3,*"))

        let shared = try Self.shared(ruleBase)
        #expect(shared.factCount == 6)
        let (fork, output) = Self.fork(shared)
        #expect(try Self.transcript(fork, output: output) == expected)
    }

    /// What the prototype's program set with `set-...` commands holds in every fork, as it
    /// would in a session that ran the program itself.
    @Test func aForkKeepsThePrototypesSettings() throws {
        let shared = try SharedWorkingMemory(ruleBase: Self.ruleBase()) { session in
            _ = try session.evaluate("(set-auto-float-dividend FALSE)")
            _ = try session.evaluate("(set-salience-evaluation every-cycle)")
            try session.reset()
            _ = try session.run()
        }
        let (fork, _) = Self.fork(shared)
        #expect(try fork.evaluate("(/ 7 2)") == .integer(3))
        #expect(try fork.evaluate("(get-salience-evaluation)") == .symbol("every-cycle"))
    }

    @Test func whatOneForkRetractsStaysInTheOthers() throws {
        let shared = try Self.shared(Self.ruleBase())
        let (first, firstOutput) = Self.fork(shared)
        let (second, _) = Self.fork(shared)
        _ = try Self.transcript(first, output: firstOutput)
        #expect(first.fact(index: 4) == nil)

        let blocked = try #require(second.fact(index: 4))
        #expect(second.contains(blocked) && !first.contains(blocked))
        #expect(try second.evaluate("(fact-existp 4)") == .true)
        #expect(second.facts.map(\.displayText) == shared.prototype.facts.map(\.displayText))
        // The retracted shared facts still take part in the second fork's joins.
        _ = try second.evaluate("(assert (answer (q level) (v 1)))")
        _ = try second.run()
        #expect(second.facts.map(\.displayText).contains("(next pm)"))
        #expect(!second.facts.map(\.displayText).contains("(next gpm)"))
        // And a fork made after both starts from the shared state again.
        let (third, thirdOutput) = Self.fork(shared)
        let (plain, plainOutput) = try Self.resetSession(shared.prototype.ruleBase)
        #expect(try Self.transcript(third, output: thirdOutput) == Self.transcript(plain, output: plainOutput))
    }

    @Test func forksOnManyThreadsAtOnceAgreeWithOneAlone() throws {
        let shared = try Self.shared(Self.ruleBase())
        let (alone, aloneOutput) = Self.fork(shared)
        let expected = try Self.transcript(alone, output: aloneOutput)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var transcripts: [String] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let (fork, output) = Self.fork(shared)
            let text = (try? Self.transcript(fork, output: output)) ?? "failed"
            results.lock.withLock { results.transcripts.append(text) }
        }
        #expect(results.transcripts.count == 64)
        #expect(results.transcripts.allSatisfy { $0 == expected })
    }

    @Test func resetLeavesTheSharedMemoryAndStartsOver() throws {
        let ruleBase = Self.ruleBase()
        let shared = try Self.shared(ruleBase)
        let (fork, output) = Self.fork(shared)
        _ = try Self.transcript(fork, output: output)
        try fork.reset()
        #expect(fork.facts.allSatisfy { !$0.isShared })
        #expect(fork.facts.map(\.displayText) == shared.prototype.facts.map(\.displayText).dropLast())
        // Taking new rules is refused while facts are shared, and allowed after the reset.
        let (other, _) = Self.fork(shared)
        #expect(throws: EngineError.self) { try other.adopt(ruleBase) }
        try fork.adopt(ruleBase)
    }

    @Test func memoryThatForksWouldHaveToChangeIsRefused() throws {
        let ruleBase = Self.ruleBase()
        #expect(throws: EngineError.self) {
            _ = try SharedWorkingMemory(ruleBase: ruleBase) { try $0.reset() }
        }
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run("(defrule held (logical (a)) => (assert (b)))\n(deffacts start (a))", file: "held.clp")
        #expect(throws: EngineError.self) {
            _ = try SharedWorkingMemory(ruleBase: env.ruleBase) { session in
                try session.reset()
                _ = try session.run()
            }
        }
    }

    @Test func droppingEveryForkAndTheSharedMemoryReleasesTheFacts() throws {
        var shared: SharedWorkingMemory? = try Self.shared(Self.ruleBase())
        weak let sharedFact = shared!.prototype.facts.last
        var forks = [Self.fork(shared!), Self.fork(shared!)]
        for (fork, output) in forks { _ = try Self.transcript(fork, output: output) }
        weak let ownFact = forks[0].0.facts.last
        #expect(ownFact != nil)
        forks = []
        #expect(ownFact == nil)
        #expect(sharedFact != nil)
        shared = nil
        #expect(sharedFact == nil)
    }
}
