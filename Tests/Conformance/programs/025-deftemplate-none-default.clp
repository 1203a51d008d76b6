; ?NONE makes a slot required; supplying it works
(deftemplate order
   (slot id (default ?NONE))
   (slot qty (default 1)))
(assert (order (id 7)))
(assert (order (id 8) (qty 3)))
(facts)
(exit)
