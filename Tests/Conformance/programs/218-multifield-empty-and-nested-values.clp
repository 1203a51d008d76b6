; multifield values in facts: empty multislot, strings with spaces
(deftemplate rec (multislot vals))
(defrule show
   (rec (vals $?v))
   =>
   (printout t "vals=" ?v " n=" (length$ ?v) crlf))
(reset)
(assert (rec (vals)))
(assert (rec (vals "a b" c)))
(run)
(facts)
(exit)
