; logical with a not CE: the derived fact goes when the negated fact appears
(defrule assume-ok
   (logical (not (problem)))
   =>
   (assert (status ok)))
(reset)
(run)
(facts)
(assert (problem))
(facts)
(exit)
