; deffacts are asserted by reset, in order, after initial-fact
(deffacts animals
   (animal dog)
   (animal cat)
   (animal duck))
(deffacts colors "with a comment"
   (color red)
   (color blue))
(facts)
(reset)
(facts)
(exit)
