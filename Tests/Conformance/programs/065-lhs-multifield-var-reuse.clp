; a multifield variable used twice must match the same sequence
(deffacts d (twice x y x y) (twice x y y x) (twice a a))
(defrule rep
   (twice $?x $?x)
   =>
   (printout t "repeated: " ?x crlf))
(reset)
(run)
(exit)
