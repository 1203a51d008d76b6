; a new right-hand fact joins existing left partial matches with an equal join value:
; they are visited newest first, so the oldest ends on top of the agenda (depth)
(defrule R (c ?x ?u) (d ?x) => (printout t "c " ?x " " ?u crlf))
(reset)
(assert (c 1 u) (c 2 v) (c 1 w) (c 1 z))
(assert (d 1))
(agenda)
(run)
(exit)
