; fact-slot-value on template facts and implied slot of ordered facts
(deftemplate car (slot make) (slot year) (multislot tags))
(defrule show
  ?f <- (car)
  =>
  (printout t (fact-slot-value ?f make) " "
              (fact-slot-value ?f year) " "
              (fact-slot-value ?f tags) crlf))
(reset)
(assert (car (make volvo) (year 1999) (tags old safe)))
(run)
(exit)
