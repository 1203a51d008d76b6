; tab and crlf keywords inside printout
(printout t "a" tab "b" tab "c" crlf)
(printout t tab "indented" crlf)
(printout t 1 tab 2 crlf)
(printout t "x" crlf "y" crlf)
(exit)
