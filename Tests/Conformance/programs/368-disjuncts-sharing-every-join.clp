; a rule whose two disjuncts share every join puts two activations on one partial match, and
; both go when it does, beside a rule whose disjuncts differ
(defrule r (or (a ?x) (a ?x)) => )
(defrule s (or (a ?x) (b ?x)) (c) => )
(watch activations)
(assert (a 1) (b 1) (c))
(agenda)
(retract 1)
(agenda)
(retract 3)
(agenda)
(exit)
