; not containing or
(deffacts d (x 1) (x 2) (x 3) (red 1) (blue 2))
(defrule plain
   (x ?n)
   (not (or (red ?n) (blue ?n)))
   =>
   (printout t ?n " is plain" crlf))
(reset)
(run)
(exit)
