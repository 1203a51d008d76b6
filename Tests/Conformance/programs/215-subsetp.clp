; subsetp
(printout t (subsetp (create$ a b) (create$ c b a)) crlf)
(printout t (subsetp (create$ a z) (create$ c b a)) crlf)
(printout t (subsetp (create$) (create$ a)) crlf)
(printout t (subsetp (create$ 1) (create$ 1.0)) crlf)
(exit)
