; =( ) return value constraints
(deffacts d (a 3) (b 4) (b 6) (sq 9) (sq 16))
(defrule next
   (a ?x)
   (b =(+ ?x 1))
   =>
   (printout t "b is a+1" crlf))
(defrule square
   (b ?y)
   (sq =(* ?y ?y))
   =>
   (printout t ?y " squared is in sq" crlf))
(reset)
(run)
(exit)
