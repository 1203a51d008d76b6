; sqrt, ** and exp/log
(printout t (sqrt 16) " " (sqrt 2) " " (sqrt 0.25) crlf)
(printout t (** 2 10) " " (** 2 0.5) " " (** 10 -2) crlf)
(printout t (exp 0) " " (exp 1) crlf)
(printout t (log 1) " " (log 10) crlf)
(printout t (log10 1000) " " (log10 2) crlf)
(exit)
