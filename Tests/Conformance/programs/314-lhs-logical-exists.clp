; logical over an exists CE: the derived fact stays while any support exists
(defrule any-alarm
   (logical (exists (alarm ?)))
   =>
   (assert (alert)))
(reset)
(assert (alarm 1) (alarm 2))
(run)
(facts)
(retract 1)
(facts)
(retract 2)
(facts)
(exit)
