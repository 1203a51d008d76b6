; asserting an existing fact returns FALSE and does not create a new fact
(defrule r =>
   (printout t (assert (a 1)) crlf)
   (printout t (assert (a 1)) crlf)
   (printout t (assert (a 2)) crlf))
(reset)
(run)
(facts)
(exit)
