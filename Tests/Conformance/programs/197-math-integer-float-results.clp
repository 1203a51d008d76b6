; result types of arithmetic
(printout t (type (+ 1 1)) " " (type (+ 1 1.0)) " " (type (/ 4 2)) " " (type (div 4 2)) crlf)
(printout t (type (* 2 2)) " " (type (** 2 2)) " " (type (sqrt 4)) " " (type (abs -1)) crlf)
(printout t (type (min 1 2.0)) " " (type (round 1.5)) crlf)
(exit)
