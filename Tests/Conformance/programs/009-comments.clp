; comments are ignored everywhere
(deffunction twice (?x) ; a comment inside
   ; another
   (* 2 ?x))
(printout t (twice 21) crlf) ; trailing comment
;(printout t "never" crlf)
(printout t "semicolon ; inside a string" crlf)
(exit)
