; exit stops processing of the batch file immediately
(printout t "before exit" crlf)
(exit)
(printout t "after exit" crlf)
(exit)
