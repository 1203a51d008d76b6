; top-level function calls print nothing in -f2 mode except their printouts
(+ 1 2)
(create$ a b)
"a string"
symbol
42
(printout t "only this line" crlf)
(exit)
