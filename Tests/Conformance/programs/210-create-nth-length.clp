; create$ flattens nested multifields; nth$ and length$
(deffunction demo ()
   (bind ?m (create$ a (create$ b c) d))
   (printout t ?m " " (length$ ?m) crlf)
   (printout t (nth$ 1 ?m) " " (nth$ 4 ?m) crlf)
   (printout t (nth$ 9 ?m) crlf)
   (printout t (length$ (create$)) crlf))
(demo)
(exit)
