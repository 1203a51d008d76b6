; modify several slots at once; modify with unchanged values still makes a new fact
(deftemplate p (slot a) (slot b) (multislot c))
(defrule change
   ?f <- (p (a 1))
   =>
   (modify ?f (a 2) (b two) (c x y z)))
(defrule same
   ?f <- (p (a 2) (b two))
   (not (done))
   =>
   (assert (done))
   (printout t "index before " (fact-index ?f) crlf)
   (bind ?g (modify ?f (b two)))
   (printout t "modify returned " ?g crlf))
(reset)
(assert (p (a 1) (b 1)))
(run)
(facts)
(exit)
