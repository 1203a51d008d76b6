; & binds tighter than |: ?x&a|b means (?x&a)|b ; ~a|b means (~a)|b
(deffacts d (v a) (v b) (v c))
(defrule r1 (v ?x&a|b) => (printout t "r1 " ?x crlf))
(defrule r2 (v ?x&~a|b) => (printout t "r2 " ?x crlf))
(defrule r3 (v ?x&~a&~b) => (printout t "r3 " ?x crlf))
(reset)
(run)
(exit)
