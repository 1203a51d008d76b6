; gensym* creates unique ids for asserted facts
(setgen 1)
(defrule make
   ?r <- (request ?what)
   =>
   (retract ?r)
   (assert (item (gensym*) ?what)))
(reset)
(assert (request a) (request b))
(run)
(facts)
(exit)
