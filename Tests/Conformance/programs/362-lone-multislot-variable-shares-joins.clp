; a multislot matched by one multifield variable alone ((parts $?p)) tests nothing, like a
; single slot's variable: the pattern shares its first join with patterns that leave the slot
; out, and a new fact reaches the rules through that join in CLIPS's order
(deftemplate item (slot tag) (slot n) (multislot parts))
(defrule same-parts
   (item (n ?n) (parts $?p))
   (item (n ?m) (parts $?p))
   (test (neq ?m ?n))
   =>
   (printout t "same parts " ?p ": " ?n " and " ?m crlf))
(defrule same-tag
   (item (tag ?t) (n ?n))
   (item (tag ?t) (n ?m))
   (test (neq ?m ?n))
   =>
   (printout t "same tag " ?t ": " ?n " and " ?m crlf))
(defrule any-parts (item (n ?n) (parts $?p)) => (printout t "parts of " ?n ": " ?p crlf))
(defrule any-tag (item (tag ?t) (n ?n)) => (printout t "tag of " ?n ": " ?t crlf))
(watch activations)
(assert (item (tag a) (n 1) (parts x y)))
(assert (item (tag a) (n 2) (parts x y)))
(assert (item (tag b) (n 3) (parts)))
(agenda)
(run)
(exit)
