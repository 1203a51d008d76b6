; ? matches exactly one field
(deffacts d (p a) (p a b) (p a b c) (p))
(defrule two (p ? ?) => (printout t "two fields" crlf))
(defrule one (p ?) => (printout t "one field" crlf))
(defrule three (p ? ? ?) => (printout t "three fields" crlf))
(reset)
(run)
(exit)
