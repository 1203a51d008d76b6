; assert with several facts at once; return value is the last fact
(defrule r =>
   (bind ?f (assert (x 1) (x 2) (x 3)))
   (printout t ?f crlf))
(reset)
(run)
(facts)
(exit)
