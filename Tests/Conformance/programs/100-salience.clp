; higher salience fires first, negative salience last
(defrule low (declare (salience -10)) => (printout t "low" crlf))
(defrule high (declare (salience 100)) => (printout t "high" crlf))
(defrule normal => (printout t "normal" crlf))
(defrule lowest (declare (salience -10000)) => (printout t "lowest" crlf))
(reset)
(agenda)
(run)
(exit)
