; towers of Hanoi driven by rules and goal facts (a stack of goals)
(deftemplate goal (slot n) (slot from) (slot to) (slot via) (slot id))
(defglobal ?*id* = 0)
(deffunction next-id () (bind ?*id* (+ ?*id* 1)))
(defrule expand
   ?g <- (goal (n ?n&:(> ?n 1)) (from ?f) (to ?t) (via ?v))
   =>
   (retract ?g)
   (assert (goal (n (- ?n 1)) (from ?v) (to ?t) (via ?f) (id (next-id))))
   (assert (goal (n 1) (from ?f) (to ?t) (via ?v) (id (next-id))))
   (assert (goal (n (- ?n 1)) (from ?f) (to ?v) (via ?t) (id (next-id)))))
(defrule move
   ?g <- (goal (n 1) (from ?f) (to ?t))
   =>
   (retract ?g)
   (printout t ?f " -> " ?t crlf))
(reset)
(assert (goal (n 3) (from A) (to C) (via B) (id 0)))
(run)
(exit)
