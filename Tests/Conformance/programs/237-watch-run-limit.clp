; watch rules with (run N): the FIRE counter restarts at every run
(defrule count
   ?f <- (n ?x&:(< ?x 105))
   =>
   (retract ?f)
   (assert (n (+ ?x 1))))
(watch rules)
(reset)
(assert (n 0))
(run 3)
(printout t "-- paused" crlf)
(run)
(unwatch rules)
(facts)
(exit)
