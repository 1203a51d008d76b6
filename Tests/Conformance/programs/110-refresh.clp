; refresh puts a rule's fired activations back on the agenda
(defrule r (a ?x) => (printout t "fired " ?x crlf))
(reset)
(assert (a 1) (a 2))
(run)
(refresh r)
(agenda)
(run)
(exit)
