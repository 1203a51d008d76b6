; or containing not, with the same variable bound outside
(deffacts d (x 1) (x 2) (ok 1))
(defrule r
   (x ?n)
   (or (ok ?n) (not (ok ?n)))
   =>
   (printout t "x " ?n crlf))
(reset)
(agenda)
(run)
(exit)
