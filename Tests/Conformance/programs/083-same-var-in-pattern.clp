; the same variable twice in one pattern
(deffacts d (pair 1 1) (pair 1 2) (pair b b))
(defrule same
   (pair ?x ?x)
   =>
   (printout t "same " ?x crlf))
(reset)
(run)
(exit)
