; do-for-fact runs the action for the first matching fact only
(deftemplate p (slot name) (slot age))
(deffacts d (p (name a) (age 30)) (p (name b) (age 40)) (p (name c) (age 50)))
(reset)
(do-for-fact ((?x p)) (> ?x:age 35)
   (printout t "first over 35: " ?x:name crlf))
(do-for-fact ((?x p)) (> ?x:age 100)
   (printout t "never" crlf))
(exit)
