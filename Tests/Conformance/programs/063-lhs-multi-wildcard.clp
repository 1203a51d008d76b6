; $? matches zero or more fields
(deffacts d (list) (list x) (list a x b) (list a b c))
(defrule contains-x
   ?f <- (list $? x $?)
   =>
   (printout t "x in " (fact-index ?f) crlf))
(defrule any-list
   ?f <- (list $?)
   =>
   (printout t "list " (fact-index ?f) crlf))
(reset)
(run)
(exit)
