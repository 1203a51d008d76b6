; return from a deffunction inside loops; break out of a loop
(deffunction find-first-even ($?nums)
   (foreach ?n ?nums
      (if (evenp ?n) then (return ?n)))
   none)
(printout t (find-first-even 1 3 8 5 6) " " (find-first-even 1 3) crlf)
(deffunction until-five ()
   (bind ?i 0)
   (while TRUE do
      (bind ?i (+ ?i 1))
      (if (>= ?i 5) then (break))
      (printout t ?i " "))
   (printout t "stopped at " ?i crlf))
(until-five)
(deffunction loop-break ()
   (loop-for-count (?i 10) do
      (if (> ?i 3) then (break))
      (printout t "i" ?i " "))
   (printout t crlf))
(loop-break)
(exit)
