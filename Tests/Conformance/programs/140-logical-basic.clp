; a fact asserted under logical is retracted when its support goes away
(defrule infer
   (logical (rain))
   =>
   (assert (wet-ground)))
(reset)
(assert (rain))
(run)
(facts)
(retract 1)
(facts)
(exit)
