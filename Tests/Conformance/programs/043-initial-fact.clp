; rules with no LHS match the initial-fact
(defrule startup
   =>
   (printout t "started" crlf))
(defrule also (initial-fact) => (printout t "initial-fact matched" crlf))
(reset)
(agenda)
(run)
(exit)
