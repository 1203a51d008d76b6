; one fact reaches the first and second patterns of two rules whose patterns sit on two alpha
; nodes (one of them constrains a multislot); the agenda shows the order the four activations
; were made in
(deftemplate item (slot tag) (slot n) (multislot parts))
(deffacts d
   (item (tag a) (n 1) (parts x y))
   (item (tag a) (n 2) (parts x y)))
(defrule same-tag
   (item (tag ?t) (n ?n))
   (item (tag ?t) (n ?m))
   (test (neq ?m ?n))
   =>)
(defrule same-parts
   (item (n ?n) (parts $?p))
   (item (n ?m) (parts $?p))
   (test (neq ?m ?n))
   =>)
(reset)
(agenda)
(exit)
