; ?f <- binds the fact address for retract and modify
(deftemplate counter (slot n))
(defrule count-down
   ?c <- (counter (n ?n&:(> ?n 0)))
   =>
   (printout t ?n crlf)
   (modify ?c (n (- ?n 1))))
(defrule done
   ?c <- (counter (n 0))
   =>
   (retract ?c)
   (printout t "liftoff" crlf))
(reset)
(assert (counter (n 3)))
(run)
(facts)
(exit)
