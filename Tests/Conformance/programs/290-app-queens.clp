; 5-queens solutions counted with a recursive deffunction over multifields;
; printout prints each argument as soon as it is evaluated, so "solutions: " comes first
(deffunction safe (?col $?placed)
   (bind ?row (+ (length$ ?placed) 1))
   (bind ?i 1)
   (foreach ?c ?placed
      (if (or (= ?c ?col) (= (abs (- ?c ?col)) (- ?row ?i))) then (return FALSE))
      (bind ?i (+ ?i 1)))
   TRUE)
(deffunction solve (?n $?placed)
   (if (= (length$ ?placed) ?n) then
      (printout t ?placed crlf)
      (return 1))
   (bind ?count 0)
   (loop-for-count (?col 1 ?n) do
      (if (safe ?col ?placed) then
         (bind ?count (+ ?count (solve ?n ?placed ?col)))))
   ?count)
(printout t "solutions: " (solve 5) crlf)
(exit)
