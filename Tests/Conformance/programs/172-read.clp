; read reads one token at a time from stdin
(defrule ask
   =>
   (printout t "name? ")
   (bind ?name (read))
   (printout t "age? ")
   (bind ?age (read))
   (printout t crlf ?name " is " ?age " (" (type ?age) ")" crlf)
   (bind ?s (read))
   (printout t "string token: " ?s " " (type ?s) crlf)
   (bind ?f (read))
   (printout t "float token: " ?f " " (type ?f) crlf))
(reset)
(run)
(exit)
