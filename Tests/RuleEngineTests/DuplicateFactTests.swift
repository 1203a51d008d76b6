import Testing
@testable import RuleEngine

/// Working memory refuses a fact whose contents equal a live fact's. Contents are hashed with
/// strings counted by their length and ends only, so facts whose strings differ inside must
/// still be told apart.
@Suite struct DuplicateFactTests {
    @Test func stringsDifferingOnlyInsideAreDifferentFacts() {
        let run = runEngine("""
            (assert (note "the first words; one middle; the last words"))
            (assert (note "the first words; two middle; the last words"))
            (assert (note "the first words; one middle; the last words"))
            (assert (note (create$ "the first words; one middle; the last words" x)))
            (assert (note (create$ "the first words; two middle; the last words" x)))
            (facts)
            """)
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.stdout == """
            f-0     (initial-fact)
            f-1     (note "the first words; one middle; the last words")
            f-2     (note "the first words; two middle; the last words")
            f-3     (note "the first words; one middle; the last words" x)
            f-4     (note "the first words; two middle; the last words" x)
            For a total of 5 facts.

            """)
    }
}
