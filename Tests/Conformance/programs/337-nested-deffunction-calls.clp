; deffunctions calling each other with multifield wildcard arguments
(deffunction apply-sum ($?nums) (bind ?s 0) (foreach ?n ?nums (bind ?s (+ ?s ?n))) ?s)
(deffunction avg ($?nums) (/ (apply-sum ?nums) (length$ ?nums)))
(printout t (apply-sum 1 2 3) " " (avg 1 2 3 4) " " (avg 2 4) crlf)
(exit)
