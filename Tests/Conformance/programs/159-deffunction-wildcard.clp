; wildcard parameter collects remaining arguments as a multifield
(deffunction count-args (?first $?rest)
   (printout t "first=" ?first " rest=" ?rest " n=" (length$ ?rest) crlf))
(count-args 1)
(count-args 1 2 3)
(count-args a "b" (create$ c d))
(deffunction all ($?args) (length$ ?args))
(printout t (all) " " (all x y) crlf)
(exit)
