import Testing
@testable import RuleEngine

@Suite struct TruthMaintenanceTests {
    @Test func logicalFactGoesWithItsSupport() {
        let run = runEngine("""
            (defrule derive (logical (a ?x)) => (assert (b ?x)))
            (assert (a 1))
            (run)
            (facts)
            (retract 1)
            (facts)
            """)
        #expect(run.errors.isEmpty)
        #expect(run.stdout == "f-0     (initial-fact)\nf-1     (a 1)\nf-2     (b 1)\nFor a total of 3 facts.\nf-0     (initial-fact)\nFor a total of 1 fact.\n")
    }

    @Test func factWithTwoSupportsStaysUntilBothGo() {
        let run = runEngine("""
            (defrule derive (logical (a ?x)) => (assert (b)))
            (assert (a 1) (a 2))
            (run)
            (retract 1)
            (printout t (length$ (find-all-facts ((?f b)) TRUE)) crlf)
            (retract 2)
            (printout t (length$ (find-all-facts ((?f b)) TRUE)) crlf)
            """)
        #expect(run.errors.isEmpty)
        #expect(run.stdout == "1\n0\n")
    }

    @Test func unconditionalAssertIsNotRetracted() {
        let run = runEngine("""
            (defrule derive (logical (a)) => (assert (b)))
            (assert (a))
            (run)
            (assert (b))
            (retract 1)
            (printout t (any-factp ((?f b)) TRUE) crlf)
            """)
        #expect(run.stdout == "TRUE\n")
    }

    @Test func logicalUnderNegationRetractsWhenTheBlockerArrives() {
        let run = runEngine("""
            (defrule quiet (logical (not (alarm))) => (assert (calm)))
            (run)
            (printout t (any-factp ((?f calm)) TRUE) crlf)
            (assert (alarm))
            (printout t (any-factp ((?f calm)) TRUE) crlf)
            """)
        #expect(run.stdout == "TRUE\nFALSE\n")
    }
}
