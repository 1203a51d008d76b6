; range constraints and default derived from them
(deftemplate temp
   (slot celsius (type NUMBER) (range -273 ?VARIABLE))
   (slot pct (type INTEGER) (range 0 100))
   (slot low (range ?VARIABLE -5)))
(assert (temp))
(assert (temp (celsius 21.5) (pct 100) (low -50)))
(facts)
(exit)
