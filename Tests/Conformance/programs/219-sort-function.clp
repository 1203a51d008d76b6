; sort with a comparison deffunction
(deffunction gt (?a ?b) (> ?a ?b))
(printout t (sort gt 3 1 2 5 4) crlf)
(deffunction str-gt (?a ?b) (> (str-compare ?a ?b) 0))
(printout t (sort str-gt banana apple cherry) crlf)
(exit)
