; boolean functions
(printout t (and TRUE TRUE) " " (and TRUE FALSE) crlf)
(printout t (or FALSE FALSE) " " (or FALSE TRUE) crlf)
(printout t (not TRUE) " " (not FALSE) " " (not 0) " " (not nil) crlf)
(printout t (and 1 2 3) " " (or FALSE abc) crlf)
(deffunction noisy (?x) (printout t "eval " ?x " ") ?x)
(printout t (and (noisy FALSE) (noisy TRUE)) crlf)
(printout t (or (noisy TRUE) (noisy FALSE)) crlf)
(exit)
