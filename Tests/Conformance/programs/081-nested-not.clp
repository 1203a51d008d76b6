; not inside not
(deffacts d (a 1) (b 1) (a 2))
(defrule double-neg
   (a ?x)
   (not (not (b ?x)))
   =>
   (printout t "a " ?x " has b" crlf))
(reset)
(run)
(exit)
