; printout to t with crlf, symbols, strings, numbers
(printout t "Hello, world" crlf)
(printout t hello " " world crlf)
(printout t 1 " " 2.5 " " -3 crlf)
(printout t "a" "b" "c" crlf crlf)
(printout t "no newline at end")
(printout t crlf)
(exit)
