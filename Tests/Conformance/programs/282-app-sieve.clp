; prime sieve with rules: retract multiples, then print the primes in order
(deffacts numbers (phase sieve))
(defrule generate
   (declare (salience 10))
   =>
   (loop-for-count (?i 2 30) do (assert (number ?i))))
(defrule remove-multiple
   (phase sieve)
   (number ?x)
   ?m <- (number ?y&:(and (> ?y ?x) (= (mod ?y ?x) 0)))
   =>
   (retract ?m))
(defrule switch-phase
   (declare (salience -10))
   ?p <- (phase sieve)
   =>
   (retract ?p)
   (assert (phase print)))
(defrule print-smallest
   (phase print)
   ?n <- (number ?x)
   (not (number ?y&:(< ?y ?x)))
   =>
   (retract ?n)
   (printout t ?x " "))
(defrule end (declare (salience -20)) (phase print) => (printout t crlf))
(reset)
(run)
(exit)
