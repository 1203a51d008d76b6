; forall: every student has passed
(defrule all-passed
   (forall (student ?n) (passed ?n))
   =>
   (printout t "all passed" crlf))
(reset)
(assert (student a) (student b) (passed a))
(run)
(printout t "--" crlf)
(assert (passed b))
(run)
(printout t "--" crlf)
(assert (student c))
(agenda)
(exit)
