; deffunction with fixed params, body of several actions, return value of last
(deffunction hyp (?a ?b)
   "hypotenuse"
   (bind ?s (+ (* ?a ?a) (* ?b ?b)))
   (sqrt ?s))
(printout t (hyp 3 4) crlf)
(deffunction noargs () 42)
(printout t (noargs) crlf)
(deffunction empty ())
(printout t (empty) crlf)
(exit)
