; numeric comparisons with several arguments and mixed types
(printout t (= 1 1.0) " " (= 1 2) " " (= 3 3 3) crlf)
(printout t (<> 1 2) " " (<> 1 1.0) " " (<> 1 2 1) crlf)
(printout t (< 1 2 3) " " (< 1 3 2) " " (<= 1 1 2) crlf)
(printout t (> 3 2 1) " " (>= 3 3 1) " " (> 1 1) crlf)
(exit)
