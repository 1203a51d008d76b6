; str-index returns the position or FALSE
(printout t (str-index "lo" "hello") crlf)
(printout t (str-index "x" "hello") crlf)
(printout t (str-index "h" "hello") crlf)
(printout t (str-index "" "abc") crlf)
(printout t (str-index "c" abc) crlf)
(exit)
