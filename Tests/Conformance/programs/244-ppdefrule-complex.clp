; ppdefrule for rules with or, exists, forall, test, logical and multifields
(defrule complex
   (logical (a $?x))
   (or (b ?y) (c ?y))
   (exists (d ?))
   (forall (e ?z) (f ?z))
   (test (> (length$ ?x) 0))
   =>
   (bind ?v (create$ ?x ?y))
   (if (> 1 0) then (printout t ?v crlf) else (printout t "no" crlf)))
(ppdefrule complex)
(defrule auto (declare (auto-focus TRUE) (salience -5)) (x) => )
(ppdefrule auto)
(exit)
