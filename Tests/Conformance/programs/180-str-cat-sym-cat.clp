; str-cat and sym-cat with mixed argument types
(printout t (str-cat "a" b 1 2.5 "c") crlf)
(printout t (type (str-cat a b)) crlf)
(printout t (sym-cat "hello" - world 3) crlf)
(printout t (type (sym-cat "x")) crlf)
(printout t (str-cat 1.0 " " 100.0 " " 1e20) crlf)
(assert (s (str-cat "x" 1) (sym-cat "y" 2)))
(facts)
(exit)
