; auto-focus pushes the module when its rule is activated
(defmodule MAIN (export ?ALL))
(deftemplate alarm (slot level))
(defrule MAIN::work
   =>
   (printout t "MAIN working" crlf)
   (assert (alarm (level high)))
   (printout t "MAIN continues" crlf))
(defrule MAIN::after (declare (salience -10)) => (printout t "MAIN after" crlf))
(defmodule SAFETY (import MAIN ?ALL))
(defrule SAFETY::react
   (declare (auto-focus TRUE))
   (alarm (level high))
   =>
   (printout t "SAFETY reacts, focus " (get-focus) crlf))
(reset)
(run)
(exit)
