; + - * / with integers and floats, variadic forms
(printout t (+ 1 2) " " (+ 1 2.0) " " (+ 1 2 3 4) crlf)
(printout t (- 10 3) " " (- 10 3.5) " " (- 10 1 2 3) crlf)
(printout t (* 2 3) " " (* 2 3.0) " " (* 1 2 3 4 5) crlf)
(printout t (/ 10 4) " " (/ 10 5) " " (/ 10.0 4) " " (/ 100 2 5) crlf)
(printout t (- 0 5) " " (- 2.5 0.5) crlf)
(printout t (+ 0.1 0.2) crlf)
(exit)
