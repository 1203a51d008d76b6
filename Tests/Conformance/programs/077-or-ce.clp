; or CE: the rule fires for each matching branch
(deffacts d (smoke) (heat))
(defrule fire-alarm
   (or (smoke) (heat) (flame))
   =>
   (printout t "alarm" crlf))
(reset)
(agenda)
(run)
(exit)
