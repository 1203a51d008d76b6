; subseq$ with in-range and out-of-range indices
(printout t (subseq$ (create$ a b c d e) 2 4) crlf)
(printout t (subseq$ (create$ a b c d e) 3 3) crlf)
(printout t (subseq$ (create$ a b c d e) 4 2) crlf)
(printout t (subseq$ (create$ a b c d e) 4 10) crlf)
(exit)
