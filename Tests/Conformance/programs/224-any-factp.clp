; any-factp tests for existence; a test CE is evaluated when (initial-fact) is asserted,
; which reset does before the deffacts facts exist, so the rule below does not fire
(deftemplate p (slot name) (slot age))
(deffacts d (p (name a) (age 30)) (p (name b) (age 40)))
(reset)
(printout t (any-factp ((?x p)) (> ?x:age 35)) crlf)
(printout t (any-factp ((?x p)) (> ?x:age 45)) crlf)
(defrule check
   (test (any-factp ((?x p)) (eq ?x:name a)))
   =>
   (printout t "rule saw a" crlf))
(reset)
(run)
(agenda)
(printout t "end" crlf)
(exit)
