; test conditional element
(deffacts d (num 1) (num 2) (num 3) (num 4))
(defrule pair-sum-5
   (num ?a)
   (num ?b)
   (test (and (< ?a ?b) (= (+ ?a ?b) 5)))
   =>
   (printout t ?a "+" ?b "=5" crlf))
(reset)
(run)
(exit)
