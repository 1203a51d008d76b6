; assert-string parses a fact from a string
(deftemplate p (slot name) (multislot l))
(assert-string "(color red green)")
(assert-string "(p (name joe) (l 1 2 3))")
(assert-string "(msg \"hi there\" 2.0)")
(facts)
(exit)
