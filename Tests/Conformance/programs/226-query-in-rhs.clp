; queries in a rule RHS, summing slot values
(deftemplate sale (slot amount))
(deffacts s (sale (amount 10)) (sale (amount 25)) (sale (amount 5)))
(defrule total
   =>
   (bind ?sum 0)
   (do-for-all-facts ((?s sale)) TRUE (bind ?sum (+ ?sum ?s:amount)))
   (printout t "total " ?sum crlf))
(reset)
(run)
(exit)
