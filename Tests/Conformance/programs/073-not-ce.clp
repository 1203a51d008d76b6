; not conditional element
(deffacts d (bird tweety) (bird polly) (penguin polly))
(defrule flies
   (bird ?b)
   (not (penguin ?b))
   =>
   (printout t ?b " flies" crlf))
(defrule no-eagles (not (eagle ?)) => (printout t "no eagles" crlf))
(reset)
(run)
(exit)
