; literal values in a multislot pattern must match the whole multislot
(deftemplate bag (multislot items))
(deffacts d (bag (items a b)) (bag (items a b c)) (bag (items b)))
(defrule exact (bag (items a b)) => (printout t "exactly a b" crlf))
(defrule starts (bag (items a $?rest)) => (printout t "starts with a, rest " ?rest crlf))
(defrule single (bag (items ?one)) => (printout t "single " ?one crlf))
(reset)
(run)
(exit)
