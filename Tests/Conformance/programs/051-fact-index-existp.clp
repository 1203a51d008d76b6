; fact-index and fact-existp
(defrule r
   ?f <- (item ?x)
   =>
   (printout t ?x " index " (fact-index ?f) " exists " (fact-existp ?f) crlf)
   (retract ?f)
   (printout t "after retract exists " (fact-existp ?f) crlf))
(reset)
(assert (item a))
(run)
(printout t (fact-existp 0) " " (fact-existp 99) crlf)
(exit)
