; Euclid's algorithm as rules
(deftemplate pair (slot a) (slot b))
(defrule step
   ?p <- (pair (a ?a) (b ?b&~0))
   =>
   (modify ?p (a ?b) (b (mod ?a ?b))))
(defrule done
   (pair (a ?a) (b 0))
   =>
   (printout t "gcd = " ?a crlf))
(reset)
(assert (pair (a 1071) (b 462)))
(run)
(exit)
