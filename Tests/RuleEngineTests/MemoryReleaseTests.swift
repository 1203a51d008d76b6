import Testing
@testable import RuleEngine

/// Facts, matches, tokens and activations point at each other (each person's match blocks the
/// other's partial match in `alone`, whose match is the other's); these check that the links are
/// cut when a session lets go of them, which a daemon that opens and closes conversations all
/// day depends on.
@Suite struct MemoryReleaseTests {
    static let program = """
        (deftemplate person (slot name) (multislot likes))
        (deffacts people (person (name ann) (likes tea cake)) (person (name bob) (likes tea)))
        (defrule shared-taste
            (person (name ?a) (likes $? ?x $?))
            (person (name ?b&~?a) (likes $? ?x $?))
            =>
            (assert (friends ?a ?b)))
        (defrule keeps-a-pair (logical (friends ?a ?b)) => (assert (pair ?a ?b)))
        (defrule alone (person (name ?a)) (not (person (name ~?a))) =>)
        (defrule tea-is-drunk (exists (person (likes $? tea $?))) =>)
        """

    /// A session after reset and run, with the facts of the last run held weakly.
    static func ranSession() throws -> (Environment, [Weak]) {
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run(program + "\n(reset)\n(run)\n", file: "release.clp")
        #expect(env.session.facts.count == 7)
        return (env, env.session.facts.map(Weak.init))
    }

    final class Weak {
        weak var fact: Fact?
        init(_ fact: Fact) { self.fact = fact }
    }

    @Test func resetReleasesTheFactsOfTheRunBefore() throws {
        let (env, facts) = try Self.ranSession()
        env.run("(reset)\n", file: "again.clp")
        #expect(facts.allSatisfy { $0.fact == nil })
    }

    @Test func aDroppedSessionReleasesItsFacts() throws {
        var (env, facts): (Environment?, [Weak]) = try Self.ranSession()
        #expect(facts.allSatisfy { $0.fact != nil })
        env = nil
        #expect(facts.allSatisfy { $0.fact == nil })
        _ = env
    }
}
