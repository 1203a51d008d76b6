; duplicate copies a fact with changes, keeping the original
(deftemplate item (slot name) (slot n))
(defrule copy
   ?i <- (item (name a) (n 1))
   =>
   (duplicate ?i (name b))
   (duplicate ?i (n 10)))
(reset)
(assert (item (name a) (n 1)))
(run)
(facts)
(exit)
