; explode$ splits a string into fields; implode$ joins them
(printout t (explode$ "a 1 2.5 \"s t\" b") crlf)
(printout t (length$ (explode$ "a 1 2.5 \"s t\" b")) crlf)
(printout t (implode$ (create$ a 1 2.5 "s t" b)) crlf)
(printout t "[" (implode$ (create$)) "]" crlf)
(printout t (type (nth$ 2 (explode$ "x 12"))) crlf)
(exit)
