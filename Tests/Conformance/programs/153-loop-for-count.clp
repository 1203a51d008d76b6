; loop-for-count with and without a loop variable
(deffunction demo ()
   (loop-for-count 3 do (printout t "x"))
   (printout t crlf)
   (loop-for-count (?i 5) do (printout t ?i " "))
   (printout t crlf)
   (loop-for-count (?i 2 4) (printout t ?i " "))
   (printout t crlf)
   (loop-for-count (?i 3 1) do (printout t "never"))
   (loop-for-count (?i 1 3) do
      (loop-for-count (?j ?i 3) do (printout t ?i ?j " ")))
   (printout t crlf))
(demo)
(exit)
