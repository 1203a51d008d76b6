; (run 0) prints "rule firing limit reached"; rules fire across several runs
(defrule a (x) => (printout t "a" crlf))
(reset)
(run)
(assert (x))
(run 0)
(printout t "after run 0" crlf)
(run)
(exit)
