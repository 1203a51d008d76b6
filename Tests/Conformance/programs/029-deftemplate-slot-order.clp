; slots are stored in template order regardless of assert order
(deftemplate abc (slot a) (slot b) (slot c))
(assert (abc (c 3) (a 1) (b 2)))
(assert (abc (b x)))
(facts)
(defrule r (abc (c 3) (a ?a)) => (printout t "a=" ?a crlf))
(run)
(exit)
