; format nil returns the string; numbers converted between int and float
(deffunction demo ()
   (bind ?s (format nil "%3d|%6.2f|%s" 7 1.005 "x y"))
   (printout t "<" ?s ">" crlf))
(demo)
(printout t (format nil "%d" 3.9) crlf)
(printout t (format nil "%f" 3) crlf)
(printout t (str-length (format nil "%10s" a)) crlf)
(exit)
