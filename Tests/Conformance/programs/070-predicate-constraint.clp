; :( ) predicate constraints
(deffacts d (val 3) (val -2) (val 4.5) (val abc) (val "s"))
(defrule pos (val ?x&:(numberp ?x)&:(> ?x 0)) => (printout t "positive " ?x crlf))
(defrule lex (val ?x&:(lexemep ?x)) => (printout t "lexeme " ?x crlf))
(defrule int-only (val ?x&:(integerp ?x)) => (printout t "integer " ?x crlf))
(reset)
(run)
(exit)
