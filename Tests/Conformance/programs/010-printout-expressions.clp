; printout of nested expression results and booleans
(printout t (+ 1 2) " " (> 3 2) " " (< 3 2) crlf)
(printout t (str-cat "a" 1 2.5) crlf)
(printout t TRUE " " FALSE " " nil crlf)
(printout t (integer 7.9) " " (float 7) crlf)
(exit)
