; symbols print bare, strings print without quotes in printout but quoted in facts
(assert (data abc "abc" "two words" 12 12.0))
(facts)
(printout t abc " " "abc" crlf)
(printout t (sym-cat "two" " " "words") crlf)
(printout t (eq abc "abc") crlf)
(printout t (str-cat abc) crlf)
(exit)
