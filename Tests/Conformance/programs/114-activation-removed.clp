; an activation disappears when its fact is retracted before firing
(defrule show (item ?x) => (printout t "item " ?x crlf))
(defrule remover
   (declare (salience 10))
   ?f <- (item b)
   =>
   (retract ?f))
(reset)
(assert (item a) (item b) (item c))
(agenda)
(run)
(exit)
