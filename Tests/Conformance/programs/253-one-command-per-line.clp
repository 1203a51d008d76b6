; in batch mode the rest of a line after a complete top-level command is discarded
(printout t "first" crlf) (printout t "discarded" crlf)
(printout t "second" crlf)
(printout t "third"
   crlf) (printout t "discarded too" crlf)
(printout t "fourth" crlf)
(exit)
