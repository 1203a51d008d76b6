; member$ returns the position or FALSE; with a multifield needle it returns a range
(printout t (member$ b (create$ a b c)) crlf)
(printout t (member$ z (create$ a b c)) crlf)
(printout t (member$ 1 (create$ 1.0 1)) crlf)
(printout t (member$ (create$ b c) (create$ a b c)) crlf)
(exit)
