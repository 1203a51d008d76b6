; ppdefrule pretty-prints a rule in CLIPS's canonical layout
(deftemplate person (slot name) (slot age))
(defrule adult "adults only"
   (declare (salience 10))
   ?p <- (person (name ?n) (age ?a&:(>= ?a 18)))
   (not (minor ?n))
   =>
   (printout t ?n " is an adult" crlf)
   (retract ?p))
(ppdefrule adult)
(defrule    compact(a ?x)(b ?y&~?x|z)=>(assert (c ?x ?y)))
(ppdefrule compact)
(defrule empty-lhs => )
(ppdefrule empty-lhs)
(exit)
