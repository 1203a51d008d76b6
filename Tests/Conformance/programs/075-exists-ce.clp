; exists fires once no matter how many facts match
(deffacts d (emergency fire) (emergency flood) (emergency quake))
(defrule any-emergency
   (exists (emergency ?))
   =>
   (printout t "there is an emergency" crlf))
(defrule none (not (exists (calm))) => (printout t "nothing calm" crlf))
(reset)
(agenda)
(run)
(exit)
