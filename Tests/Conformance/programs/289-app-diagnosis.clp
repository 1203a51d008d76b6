; a tiny diagnosis system that asks questions through read
(deftemplate answer (slot q) (slot v))
(deffunction ask (?q)
   (printout t ?q "? ")
   (bind ?a (read))
   (printout t ?a crlf)
   (assert (answer (q ?q) (v ?a))))
(defrule ask-fever => (ask fever))
(defrule ask-cough (answer (q fever) (v yes)) => (ask cough))
(defrule flu
   (answer (q fever) (v yes))
   (answer (q cough) (v yes))
   =>
   (printout t "diagnosis: flu" crlf))
(defrule cold
   (answer (q fever) (v no))
   =>
   (printout t "diagnosis: cold" crlf))
(reset)
(run)
(exit)
