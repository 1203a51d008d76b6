; watch rules for a specific rule only
(defrule loud (go) => (printout t "loud body" crlf))
(defrule quiet (go) => (printout t "quiet body" crlf))
(watch rules loud)
(reset)
(assert (go))
(run)
(exit)
