; multifield values inside assert are spliced into the fact
(defrule r
   =>
   (bind ?m (create$ b c))
   (assert (list a ?m d))
   (assert (list2 (create$) x))
   (assert (list3 (explode$ "1 2.5 \"s\""))))
(reset)
(run)
(facts)
(exit)
