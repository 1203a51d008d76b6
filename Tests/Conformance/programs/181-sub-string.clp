; sub-string with 1-based inclusive indices
(printout t (sub-string 1 5 "hello world") crlf)
(printout t (sub-string 7 11 "hello world") crlf)
(printout t (sub-string 3 3 "abc") crlf)
(printout t "[" (sub-string 4 2 "abcdef") "]" crlf)
(printout t (sub-string 2 100 "abcdef") crlf)
(printout t (sub-string 1 3 sym) crlf)
(exit)
