; more float printing: %.15g with ".0" appended when needed, exponent forms, overflow to inf
(printout t 1e14 " " 1e15 " " 123456789012345.0 " " 1234567890123456.0 crlf)
(printout t 0.00001 " " -1.5e-7 " " 1.0e0 " " 2e3 " " 1.5E2 crlf)
(printout t (/ 1 7) " " (* 4 (atan 1)) crlf)
(printout t 3. " " .5 " " -.5 crlf)
(printout t (float 9007199254740993) crlf)
(printout t 1.0e308 " " 1e309 " " -1e309 crlf)
(printout t (* 1.1 1.1) " " (- 0.3 0.1) crlf)
(exit)
