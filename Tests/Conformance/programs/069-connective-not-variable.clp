; ~?x constraint between fields of different facts
(deffacts d (person a) (person b) (person c))
(defrule pairs
   (person ?x)
   (person ?y&~?x)
   =>
   (printout t ?x "-" ?y crlf))
(reset)
(run)
(exit)
