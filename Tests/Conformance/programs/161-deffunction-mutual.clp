; mutual recursion through a forward declaration
(deffunction is-odd (?n))
(deffunction is-even (?n) (if (= ?n 0) then TRUE else (is-odd (- ?n 1))))
(deffunction is-odd (?n) (if (= ?n 0) then FALSE else (is-even (- ?n 1))))
(printout t (is-even 10) " " (is-odd 7) " " (is-even 3) crlf)
(exit)
