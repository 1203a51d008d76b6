; exit called from the RHS of a rule ends the program
(defrule r1 => (printout t "r1" crlf) (exit) (printout t "not printed" crlf))
(defrule r2 (declare (salience -1)) => (printout t "r2" crlf))
(reset)
(run)
(printout t "not reached" crlf)
(exit)
