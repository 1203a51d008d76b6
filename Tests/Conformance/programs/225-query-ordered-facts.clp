; fact-set queries over ordered facts use implied slot access
(assert (num 1) (num 5) (num 10))
(do-for-all-facts ((?n num)) (> (nth$ 1 ?n:implied) 2)
   (printout t "big: " ?n:implied crlf))
(printout t (length$ (find-all-facts ((?n num)) TRUE)) crlf)
(exit)
