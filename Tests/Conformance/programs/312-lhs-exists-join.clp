; exists with a variable from an earlier pattern
(deffacts d (team a) (team b) (member a joe) (member a ann) (member c bob))
(defrule staffed
   (team ?t)
   (exists (member ?t ?))
   =>
   (printout t "team " ?t " has members" crlf))
(reset)
(run)
(exit)
