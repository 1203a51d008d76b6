; test with boolean combinations and function calls
(deffacts d (n 4) (n 9) (n 15) (n 16))
(defrule r
   (n ?x)
   (test (or (= (mod ?x 3) 0) (= (sqrt ?x) (integer (sqrt ?x)))))
   =>
   (printout t ?x crlf))
(reset)
(run)
(exit)
