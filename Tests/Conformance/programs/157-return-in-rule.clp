; return in a rule RHS stops the RHS
(defrule r
   =>
   (printout t "before" crlf)
   (return)
   (printout t "after" crlf))
(defrule r2 (declare (salience -1)) => (printout t "next rule" crlf))
(reset)
(run)
(exit)
