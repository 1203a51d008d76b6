; switch in a rule RHS with computed case values
(deffacts d (cmd start) (cmd stop) (cmd pause) (cmd 42))
(defrule dispatch
   (cmd ?c)
   =>
   (switch ?c
      (case start then (printout t "starting" crlf))
      (case stop then (printout t "stopping" crlf))
      (case (+ 40 2) then (printout t "the answer" crlf))
      (default (printout t "unknown " ?c crlf))))
(reset)
(run)
(exit)
