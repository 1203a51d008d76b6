; modify on a multislot with a multifield value
(deftemplate stack (multislot items))
(defrule push
   ?s <- (stack (items $?i&:(< (length$ ?i) 3)))
   =>
   (modify ?s (items (length$ ?i) ?i)))
(reset)
(assert (stack))
(run)
(facts)
(exit)
