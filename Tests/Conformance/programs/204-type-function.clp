; type function results
(printout t (type 1) " " (type 1.0) " " (type a) " " (type "a") " " (type (create$)) crlf)
(defrule r ?f <- (x) => (printout t (type ?f) crlf))
(reset)
(assert (x))
(run)
(exit)
