; a fact asserted unconditionally before keeps no logical support
(defrule infer (logical (x)) => (assert (y)))
(reset)
(assert (y))
(assert (x))
(run)
(retract 2)
(facts)
(exit)
