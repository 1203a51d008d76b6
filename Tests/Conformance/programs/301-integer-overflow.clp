; integer arithmetic is 64-bit and wraps around silently
(printout t (+ 9223372036854775807 1) crlf)
(printout t (* 9223372036854775807 2) crlf)
(printout t (* 3037000500 3037000500) crlf)
(printout t (- -9223372036854775807 2) crlf)
(exit)
