; read from standard input returns the first token of a line; the rest of that line is dropped
(printout t (read) crlf)
(printout t (read) crlf)
(printout t (readline) crlf)
(printout t (read) crlf)
(exit)
