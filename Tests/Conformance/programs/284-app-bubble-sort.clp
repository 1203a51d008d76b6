; sorting ordered facts by swapping adjacent values
(deffacts data (item 1 5) (item 2 3) (item 3 8) (item 4 1) (item 5 4))
(defrule swap
   ?a <- (item ?i ?x)
   ?b <- (item ?j&:(= ?j (+ ?i 1)) ?y&:(< ?y ?x))
   =>
   (retract ?a ?b)
   (assert (item ?i ?y) (item ?j ?x)))
(defrule show
   (declare (salience -10))
   =>
   (do-for-all-facts ((?f item)) TRUE
      (printout t (nth$ 1 ?f:implied) ":" (nth$ 2 ?f:implied) " "))
   (printout t crlf))
(reset)
(run)
(exit)
