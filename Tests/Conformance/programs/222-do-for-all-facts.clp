; do-for-all-facts over one and two templates
(deftemplate p (slot name) (slot age))
(deftemplate job (slot name) (slot title))
(deffacts d
   (p (name a) (age 30)) (p (name b) (age 40)) (p (name c) (age 50))
   (job (name b) (title cook)) (job (name c) (title pilot)))
(reset)
(do-for-all-facts ((?x p)) (>= ?x:age 40)
   (printout t ?x:name " " ?x:age crlf))
(do-for-all-facts ((?x p) (?j job)) (eq ?x:name ?j:name)
   (printout t ?x:name " is a " ?j:title crlf))
(do-for-all-facts ((?x p)) TRUE (printout t (fact-index ?x) " "))
(printout t crlf)
(exit)
