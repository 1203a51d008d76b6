; a new left-hand fact joins existing right-hand facts with an equal join value:
; they are visited oldest first, so the newest ends on top of the agenda (depth)
(defrule L (a ?x) (b ?x ?y) => (printout t "b " ?x " " ?y crlf))
(reset)
(assert (b 1 p) (b 2 q) (b 1 r) (b 1 s))
(assert (a 1))
(agenda)
(run)
(exit)
