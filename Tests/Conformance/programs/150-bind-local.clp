; bind local variables in a rule RHS and in a deffunction
(defrule r =>
   (bind ?x 10)
   (bind ?y (* ?x 2))
   (bind ?x (+ ?x ?y))
   (printout t ?x " " ?y crlf)
   (bind ?m (create$ a b))
   (bind ?m (create$ ?m c))
   (printout t ?m crlf))
(reset)
(run)
(exit)
