; & connective binds and constrains
(deffacts d (n 5) (n 12) (n 20))
(defrule mid
   (n ?x&:(> ?x 10)&:(< ?x 15))
   =>
   (printout t "between: " ?x crlf))
(reset)
(run)
(exit)
