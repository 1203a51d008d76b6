; string and symbol conversions used for matching
(deffacts d (answer "YES") (answer No) (answer maybe))
(defrule yes (answer ?a&:(eq (lowcase ?a) "yes")) => (printout t "yes as string: " ?a crlf))
(defrule no (answer ?a&:(eq (lowcase ?a) no)) => (printout t "no as symbol: " ?a crlf))
(defrule sym (answer ?a&:(eq (sym-cat (lowcase ?a)) maybe)) => (printout t "maybe: " ?a crlf))
(reset)
(run)
(exit)
