; read numbers until the symbol end and sum them
(deffunction sum-input ()
   (bind ?total 0)
   (bind ?x (read))
   (while (neq ?x end) do
      (bind ?total (+ ?total ?x))
      (bind ?x (read)))
   ?total)
(printout t "sum=" (sum-input) crlf)
(exit)
