; read and readline at end of input return EOF
(printout t (readline) crlf)
(printout t (read) crlf)
(printout t (readline) crlf)
(printout t (type (read)) crlf)
(exit)
