; round, integer (truncation), float conversions
(printout t (round 2.5) " " (round 3.5) " " (round -2.5) " " (round 2.4) " " (round 7) crlf)
(printout t (integer 2.9) " " (integer -2.9) " " (integer 5) crlf)
(printout t (float 3) " " (float 2.5) " " (float -0) crlf)
(exit)
