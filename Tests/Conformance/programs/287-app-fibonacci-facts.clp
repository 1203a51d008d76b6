; Fibonacci numbers as facts, big integers included
(defrule next
   (fib ?n ?x)
   (fib ?m&:(= ?m (+ ?n 1)) ?y)
   (test (< ?m 60))
   =>
   (assert (fib (+ ?m 1) (+ ?x ?y))))
(defrule show
   (declare (salience -1))
   (fib ?n&:(= (mod ?n 10) 0) ?x)
   =>
   (printout t "fib(" ?n ") = " ?x crlf))
(reset)
(assert (fib 0 0) (fib 1 1))
(run)
(exit)
