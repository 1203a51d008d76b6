; salience taken from a defglobal and from an expression
(defglobal ?*high* = 50 ?*low* = -50)
(defrule a (declare (salience ?*low*)) => (printout t "a low" crlf))
(defrule b (declare (salience ?*high*)) => (printout t "b high" crlf))
(defrule c (declare (salience (+ ?*high* 1))) => (printout t "c higher" crlf))
(reset)
(agenda)
(run)
(exit)
