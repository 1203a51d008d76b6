; modifying a supporting fact removes the facts it supported
(deftemplate temp (slot v))
(defrule hot
   (logical (temp (v ?v&:(> ?v 30))))
   =>
   (assert (hot-day)))
(defrule cool-down
   (declare (salience -1))
   ?t <- (temp (v ?v&:(> ?v 30)))
   =>
   (modify ?t (v 20)))
(reset)
(assert (temp (v 35)))
(run 1)
(facts)
(run)
(facts)
(exit)
