; not with an and inside
(deffacts d (x 1) (y 1) (x 2) (y 3))
(defrule lonely-x
   (x ?v)
   (not (and (y ?v) (x ?v)))
   =>
   (printout t "x " ?v " has no y" crlf))
(reset)
(run)
(exit)
