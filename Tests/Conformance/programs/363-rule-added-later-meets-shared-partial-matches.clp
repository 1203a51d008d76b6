; A rule added after facts exist shares the joins of an earlier rule: the order in which a new
; fact then meets the partial matches made before the rule came, and the order a rule sharing
; every join is primed in, as the agenda shows
(defrule two (a ?x) (b ?y) => )
(reset)
(assert (a 1) (b 1) (a 2) (b 2) (a 3))
(agenda)
(defrule three (a ?x) (b ?y) (c) => )
(assert (c))
(agenda)
(defrule four (a ?x) (b ?y) => )
(agenda)
(exit)
