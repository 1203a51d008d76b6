; one fact activates several rules: order of rules with equal salience
(defrule first-defined (go) => (printout t "first-defined" crlf))
(defrule second-defined (go) => (printout t "second-defined" crlf))
(defrule third-defined (go) => (printout t "third-defined" crlf))
(reset)
(assert (go))
(agenda)
(run)
(exit)
