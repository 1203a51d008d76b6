; static defaults of several types
(deftemplate cfg
   (slot s (default hello))
   (slot n (default 42))
   (slot f (default 2.5))
   (slot str (default "text"))
   (multislot m (default a b c))
   (multislot e))
(assert (cfg))
(assert (cfg (n 1) (m x)))
(facts)
(exit)
