; eval evaluates a string as a function call; build defines a construct
(printout t (eval "(+ 1 2 3)") crlf)
(printout t (eval "(str-cat a b)") crlf)
(build "(deffunction built (?x) (* ?x 100))")
(printout t (built 3) crlf)
(build "(defrule built-rule => (printout t \"built rule fired\" crlf))")
(reset)
(run)
(exit)
