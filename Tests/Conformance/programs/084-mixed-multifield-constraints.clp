; multifield variable with a predicate constraint
(deffacts d (scores 90 80 70) (scores 10) (scores))
(defrule long
   (scores $?s&:(> (length$ ?s) 1))
   =>
   (printout t "many: " ?s crlf))
(defrule last
   (scores $? ?last)
   =>
   (printout t "last: " ?last crlf))
(reset)
(run)
(exit)
