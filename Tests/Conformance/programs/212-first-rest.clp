; first$ and rest$
(printout t (first$ (create$ a b c)) crlf)
(printout t (rest$ (create$ a b c)) crlf)
(printout t (first$ (create$)) crlf)
(printout t (rest$ (create$)) crlf)
(printout t (rest$ (create$ only)) crlf)
(exit)
