; join tests and keys compare values of every type: strings and multifields by their contents,
; integers and floats apart, fact addresses by identity; fields of ordered facts at fixed
; positions and after a multifield. Each rule has its own salience, so the order of the output
; does not depend on the order activations are made in (see 362).
(deftemplate item (slot tag) (slot n) (multislot parts))
(deftemplate ref (slot to))
(deffacts d
   (item (tag "a b") (n 1) (parts x y))
   (item (tag "a b") (n 2) (parts x y))
   (item (tag "c") (n 1.0) (parts x))
   (item (tag c) (n 3) (parts))
   (pair "a b" 1)
   (pair c 1.0)
   (list q "a b" r 2))
(defrule same-tag-other-number
   (declare (salience 70))
   (item (tag ?t) (n ?n))
   (item (tag ?t) (n ?m&~?n))
   =>
   (printout t "same tag " ?t ": " ?n " and " ?m crlf))
(defrule same-parts
   (declare (salience 60))
   (item (n ?n) (parts $?p))
   (item (n ?m&~?n) (parts $?p))
   =>
   (printout t "same parts (" (implode$ ?p) "): " ?n " and " ?m crlf))
(defrule ordered-pair-matches
   (declare (salience 50))
   (pair ?t ?n)
   (item (tag ?t) (n ?n))
   =>
   (printout t "pair " ?t " " ?n crlf))
(defrule field-after-multifield
   (declare (salience 40))
   (list $? ?t ? ?n)
   (item (tag ?t) (n ?n))
   =>
   (printout t "list field " ?t " " ?n crlf))
(defrule text-differs
   (declare (salience 30))
   (pair ?t ?)
   (item (tag ?u&~?t) (n ?n))
   =>
   (printout t ?t " is not " ?u " (" ?n ")" crlf))
(defrule refers
   (declare (salience 20))
   ?f <- (item (n 3))
   =>
   (assert (ref (to ?f))))
(defrule referred
   (declare (salience 10))
   (ref (to ?f))
   ?g <- (item (tag ?t))
   (test (eq ?f ?g))
   ?h <- (item (tag ?t&~"a b"))
   (ref (to ?h))
   =>
   (printout t "referred by identity: " ?t crlf))
(reset)
(run)
(exit)
