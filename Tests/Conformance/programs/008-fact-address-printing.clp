; a fact address prints as <Fact-N>
(defrule show
  ?f <- (item ?x)
  =>
  (printout t ?x " is " ?f crlf))
(reset)
(assert (item a))
(assert (item b))
(run)
(exit)
