; evenp and oddp
(printout t (evenp 2) " " (evenp 3) " " (evenp 0) " " (evenp -4) crlf)
(printout t (oddp 2) " " (oddp 3) " " (oddp -1) crlf)
(exit)
