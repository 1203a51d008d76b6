; abs min max with integers and floats
(printout t (abs -5) " " (abs 5) " " (abs -2.5) crlf)
(printout t (min 3 1 2) " " (min 3 1.0 2) " " (min 1 1.0) crlf)
(printout t (max 3 1 2) " " (max 3 10.5 2) " " (max 2.0 2) crlf)
(printout t (min -1 -1.5) " " (max -1 -1.5) crlf)
(exit)
