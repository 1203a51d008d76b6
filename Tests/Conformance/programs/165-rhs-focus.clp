; focus from the RHS of a rule changes which module runs next
(defmodule MAIN (export ?ALL))
(deftemplate task (slot name))
(defrule MAIN::dispatch
   (task (name ?n))
   =>
   (printout t "dispatch " ?n crlf)
   (focus WORK))
(defmodule WORK (import MAIN ?ALL))
(defrule WORK::do
   (task (name ?n))
   =>
   (printout t "work on " ?n crlf))
(reset)
(assert (task (name t1)))
(run)
(exit)
