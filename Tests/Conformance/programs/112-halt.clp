; halt stops the run after the current rule finishes its RHS
(defrule loop
   ?f <- (n ?x)
   =>
   (retract ?f)
   (assert (n (+ ?x 1)))
   (printout t "n=" ?x crlf)
   (if (= ?x 3) then (halt) (printout t "halting" crlf)))
(reset)
(assert (n 1))
(run)
(printout t "after halt" crlf)
(agenda)
(run 1)
(exit)
