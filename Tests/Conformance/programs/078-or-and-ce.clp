; and inside or, variables bound in each branch
(deffacts d (a 1) (b 1) (c 2))
(defrule r
   (or (and (a ?x) (b ?x))
       (c ?x))
   =>
   (printout t "x=" ?x crlf))
(reset)
(run)
(exit)
