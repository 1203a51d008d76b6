; defglobals belong to modules; exported globals are visible in importers
(defmodule CFG (export defglobal ?ALL))
(defglobal CFG ?*limit* = 3)
(defmodule MAIN (import CFG defglobal ?ALL))
(defrule MAIN::count
   ?f <- (n ?x&:(< ?x ?*limit*))
   =>
   (retract ?f)
   (printout t "n=" ?x crlf)
   (assert (n (+ ?x 1))))
(reset)
(assert (n 0))
(run)
(list-defglobals *)
(exit)
