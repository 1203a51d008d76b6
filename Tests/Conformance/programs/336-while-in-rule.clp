; while and loop-for-count in a rule RHS using LHS variables
(defrule stars
   (stars ?n)
   =>
   (bind ?i 0)
   (while (< ?i ?n) do
      (printout t "*")
      (bind ?i (+ ?i 1)))
   (printout t " " ?n crlf))
(reset)
(assert (stars 3) (stars 5) (stars 0))
(run)
(exit)
