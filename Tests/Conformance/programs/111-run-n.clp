; (run N) fires at most N rules
(defrule count
   ?f <- (count ?n&:(< ?n 10))
   =>
   (retract ?f)
   (assert (count (+ ?n 1)))
   (printout t "count " ?n crlf))
(reset)
(assert (count 0))
(run 3)
(printout t "-- paused" crlf)
(run 2)
(printout t "-- paused" crlf)
(run)
(facts)
(exit)
