; a variable shared between patterns joins them
(deffacts d
   (parent tom bob) (parent bob ann) (parent bob joe) (parent ann kim))
(defrule grandparent
   (parent ?g ?p)
   (parent ?p ?c)
   =>
   (printout t ?g " is grandparent of " ?c crlf))
(reset)
(run)
(exit)
