; ~ connective negates a constraint
(deffacts d (color red) (color green) (color blue))
(defrule not-red
   (color ?c&~red)
   =>
   (printout t ?c crlf))
(defrule neither (color ?c&~red&~green) => (printout t "neither: " ?c crlf))
(reset)
(run)
(exit)
