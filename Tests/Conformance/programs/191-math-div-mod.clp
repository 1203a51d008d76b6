; integer division and modulus, including negatives
(printout t (div 17 5) " " (mod 17 5) crlf)
(printout t (div -17 5) " " (mod -17 5) crlf)
(printout t (div 17 -5) " " (mod 17 -5) crlf)
(printout t (div 17.9 5) crlf)
(printout t (mod 7.5 2) crlf)
(exit)
