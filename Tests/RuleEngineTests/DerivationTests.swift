import Testing
@testable import RuleEngine

@Suite struct DerivationTests {
    @Test func everyFactRecordsWhereItCameFrom() throws {
        let io = SessionIO(write: { _ in }, readLine: { nil })
        let env = Environment(io: io)
        env.run("""
            (deffacts start (parent tom bob))
            (defrule grand (parent ?a ?b) (parent ?b ?c) => (assert (grandparent ?a ?c)))
            (defrule fact-in (parent tom bob) => (assert (parent bob ann)))
            (reset)
            (run)
            """, file: "family.clp")
        let s = env.session
        let grand = try #require(s.facts.first { $0.template.name.name == "grandparent" })
        let tree = s.derivation(of: grand)
        guard case .rule(let name, let matched) = tree.origin else {
            Issue.record("expected a rule origin")
            return
        }
        #expect(name.name == "grand")
        #expect(matched.map(\.displayText) == ["(parent tom bob)", "(parent bob ann)"])
        #expect(tree.outline == """
            f-3 (grandparent tom ann) by rule grand
              f-1 (parent tom bob) from deffacts start
              f-2 (parent bob ann) by rule fact-in
                f-1 (parent tom bob) from deffacts start
            """)
    }

    @Test func topLevelFactsSaySo() throws {
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run("(assert (x))", file: "t.clp")
        let f = try #require(env.session.facts.last)
        guard case .topLevel = f.origin else {
            Issue.record("expected a top-level origin")
            return
        }
    }
}
