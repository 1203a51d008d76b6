; read from standard input: blank lines are skipped, a parenthesis is a token
(printout t "[" (read) "]" crlf)
(printout t "[" (readline) "]" crlf)
(printout t "[" (read) "]" crlf)
(printout t "[" (read) "]" crlf)
(printout t "[" (read) "]" crlf)
(exit)
