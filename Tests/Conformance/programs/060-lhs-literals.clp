; literal constraints of every type
(deffacts d (v sym) (v "str") (v 1) (v 1.0) (v 2))
(defrule sym (v sym) => (printout t "symbol" crlf))
(defrule str (v "str") => (printout t "string" crlf))
(defrule int (v 1) => (printout t "integer 1" crlf))
(defrule flt (v 1.0) => (printout t "float 1.0" crlf))
(reset)
(run)
(exit)
