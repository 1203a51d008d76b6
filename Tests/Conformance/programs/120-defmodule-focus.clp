; modules with focus: rules fire only in the focused module
(defmodule MAIN (export ?ALL))
(deftemplate phase (slot name))
(defrule MAIN::start
   =>
   (printout t "MAIN start" crlf)
   (focus A B))
(defmodule A (import MAIN ?ALL))
(defrule A::ra => (printout t "in A" crlf))
(defmodule B (import MAIN ?ALL))
(defrule B::rb => (printout t "in B" crlf))
(reset)
(run)
(exit)
