; watch facts, rules and activations together during a small run
(defrule start
   =>
   (assert (step 1)))
(defrule step
   ?f <- (step ?n&:(< ?n 3))
   =>
   (retract ?f)
   (assert (step (+ ?n 1))))
(watch facts)
(watch rules)
(watch activations)
(reset)
(run)
(unwatch all)
(exit)
