; test CE as first CE and constants in tests
(defglobal ?*debug* = TRUE)
(defrule debug-on
   (test (eq ?*debug* TRUE))
   =>
   (printout t "debug on" crlf))
(reset)
(run)
(exit)
