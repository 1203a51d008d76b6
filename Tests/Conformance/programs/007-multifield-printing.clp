; multifield values printed by printout get parentheses, strings keep quotes
(printout t (create$ a b c) crlf)
(printout t (create$ "x y" z 1 2.0) crlf)
(printout t (create$) crlf)
(printout t "[" (create$ 1) "]" crlf)
(deffunction show (?m) (printout t "len " (length$ ?m) ": " ?m crlf))
(show (create$ 1 2 3))
(show (create$))
(exit)
