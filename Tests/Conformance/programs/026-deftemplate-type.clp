; type constraints that are satisfied
(deftemplate t1
   (slot i (type INTEGER))
   (slot n (type NUMBER))
   (slot l (type LEXEME))
   (slot s (type STRING SYMBOL))
   (multislot ms (type FLOAT)))
(assert (t1 (i 3) (n 2.5) (l "str") (s sym) (ms 1.0 2.0)))
(assert (t1 (i -1) (n 4) (l sym) (s "x")))
(facts)
(exit)
