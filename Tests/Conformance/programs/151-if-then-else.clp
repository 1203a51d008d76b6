; if / then / else, nested
(deffunction classify (?n)
   (if (< ?n 0) then
      negative
    else
      (if (= ?n 0) then zero else positive)))
(printout t (classify -5) " " (classify 0) " " (classify 7) crlf)
(deffunction noelse (?x) (if (> ?x 1) then (printout t "big" crlf)))
(noelse 5)
(printout t (noelse 0) crlf)
(exit)
