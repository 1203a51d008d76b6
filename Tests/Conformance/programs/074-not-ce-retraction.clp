; a not CE becomes satisfied when the blocking fact is retracted
(defrule all-clear
   (not (alarm))
   =>
   (printout t "all clear" crlf))
(defrule stop-alarm
   ?a <- (alarm)
   =>
   (printout t "stopping alarm" crlf)
   (retract ?a))
(reset)
(assert (alarm))
(run)
(exit)
