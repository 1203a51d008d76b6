; insert$ replace$ delete$
(printout t (insert$ (create$ a b c) 1 x) crlf)
(printout t (insert$ (create$ a b c) 4 x y) crlf)
(printout t (insert$ (create$ a b c) 2 (create$ p q)) crlf)
(printout t (replace$ (create$ a b c d) 2 3 x) crlf)
(printout t (replace$ (create$ a b c d) 1 1 x y z) crlf)
(printout t (delete$ (create$ a b c d) 2 3) crlf)
(printout t (delete$ (create$ a b c d) 1 1) crlf)
(exit)
