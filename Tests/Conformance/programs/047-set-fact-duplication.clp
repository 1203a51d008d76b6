; set-fact-duplication allows duplicates
(printout t (get-fact-duplication) crlf)
(set-fact-duplication TRUE)
(printout t (get-fact-duplication) crlf)
(defrule r =>
   (assert (a 1))
   (assert (a 1))
   (assert (a 1)))
(defrule count (a 1) => (printout t "activation" crlf))
(reset)
(run)
(facts)
(set-fact-duplication FALSE)
(exit)
