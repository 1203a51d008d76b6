; forall with several then-patterns and an outer variable
(deffacts d
   (order 1) (line 1 a) (line 1 b) (shipped 1 a) (shipped 1 b) (paid 1)
   (order 2) (line 2 c) (shipped 2 c)
   (order 3))
(defrule complete
   (order ?o)
   (forall (line ?o ?item) (shipped ?o ?item))
   (paid ?o)
   =>
   (printout t "order " ?o " complete" crlf))
(defrule all-shipped
   (order ?o)
   (forall (line ?o ?item) (shipped ?o ?item))
   =>
   (printout t "order " ?o " shipped" crlf))
(reset)
(run)
(exit)
