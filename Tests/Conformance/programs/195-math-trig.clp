; trigonometric functions and pi
(printout t (pi) crlf)
(printout t (sin 0) " " (cos 0) " " (tan 0) crlf)
(printout t (sin (/ (pi) 2)) crlf)
(printout t (acos 1) " " (asin 1) " " (atan 1) crlf)
(printout t (deg-rad 180) " " (rad-deg (pi)) crlf)
(printout t (round (* 1000 (cos (/ (pi) 3)))) crlf)
(exit)
