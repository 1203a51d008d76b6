; allowed-symbols, allowed-values, allowed-strings, allowed-numbers satisfied
(deftemplate light
   (slot color (allowed-symbols red yellow green))
   (slot level (allowed-values 1 2 3 high))
   (slot label (allowed-strings "on" "off"))
   (slot n (allowed-numbers 1 2.5)))
(assert (light (color green) (level high) (label "off") (n 2.5)))
(assert (light))
(facts)
(exit)
