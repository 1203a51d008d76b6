; multifield functions used on values bound in the LHS
(deffacts d (list 5 3 8 1))
(defrule analyse
   (list $?l)
   =>
   (printout t "length " (length$ ?l) crlf)
   (printout t "first " (nth$ 1 ?l) " last " (nth$ (length$ ?l) ?l) crlf)
   (printout t "without first " (rest$ ?l) crlf)
   (printout t "position of 8: " (member$ 8 ?l) crlf)
   (printout t "max " (max (expand$ ?l)) crlf))
(reset)
(run)
(exit)
