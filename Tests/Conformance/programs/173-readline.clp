; readline reads a whole line as a string
(defrule ask
   =>
   (bind ?l1 (readline))
   (bind ?l2 (readline))
   (printout t "line1=[" ?l1 "] " (type ?l1) crlf)
   (printout t "line2=[" ?l2 "]" crlf)
   (printout t "words=" (explode$ ?l1) crlf))
(reset)
(run)
(exit)
