; building a sorted multifield with a simple insertion sort
(deffunction insert-sorted (?x $?l)
   (bind ?i 1)
   (while (and (<= ?i (length$ ?l)) (< (nth$ ?i ?l) ?x)) do
      (bind ?i (+ ?i 1)))
   (insert$ ?l ?i ?x))
(deffunction isort ($?l)
   (bind ?r (create$))
   (foreach ?x ?l (bind ?r (insert-sorted ?x ?r)))
   ?r)
(printout t (isort 5 2 9 1 5 6) crlf)
(exit)
