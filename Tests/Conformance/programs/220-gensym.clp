; gensym* produces fresh symbols; setgen sets the counter
(setgen 100)
(printout t (gensym*) " " (gensym*) crlf)
(printout t (symbolp (gensym*)) crlf)
(setgen 5)
(printout t (gensym) " " (gensym) crlf)
(exit)
