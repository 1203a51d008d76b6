; gensym* creates unique ids for asserted facts (from 5001: other programs in the same
; test process make gen1, gen2... with gensym, which gensym* would skip)
(setgen 5001)
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
