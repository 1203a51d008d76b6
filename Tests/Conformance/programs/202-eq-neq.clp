; eq and neq compare type and value
(printout t (eq a a) " " (eq a b) " " (eq 1 1) " " (eq 1 1.0) " " (eq "a" a) crlf)
(printout t (eq a a a) " " (eq a a b) crlf)
(printout t (neq a b) " " (neq a a) " " (neq 1 1.0) " " (neq a b a) crlf)
(printout t (eq (create$ a b) (create$ a b)) " " (eq (create$ a) (create$ b)) crlf)
(exit)
