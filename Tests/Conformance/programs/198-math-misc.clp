; other math helpers present in CLIPS 6.30
(printout t (+ 1 (* 2 (- 7 4))) crlf)
(printout t (exp 2) crlf)
(printout t (log (exp 3)) crlf)
(printout t (sqrt (+ (** 3 2) (** 4 2))) crlf)
(printout t (* 1.5 1.5 1.5) crlf)
(printout t (/ 1 3) crlf)
(printout t (/ 7 7) crlf)
(exit)
