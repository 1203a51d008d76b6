; a multiplication table with nested loops and format-free printout
(deffunction table (?n)
   (loop-for-count (?i 1 ?n) do
      (loop-for-count (?j 1 ?n) do
         (printout t (* ?i ?j) tab))
      (printout t crlf)))
(table 4)
(exit)
