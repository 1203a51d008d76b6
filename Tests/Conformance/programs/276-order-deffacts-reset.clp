; activations created during reset from deffacts, with several rules and patterns
(deffacts d (p 1) (q 1) (p 2) (q 2))
(defrule pq (p ?x) (q ?x) => (printout t "pq " ?x crlf))
(defrule p (p ?x) => (printout t "p " ?x crlf))
(defrule q (q ?x) => (printout t "q " ?x crlf))
(reset)
(agenda)
(run)
(exit)
