; | connective allows alternatives
(deffacts d (light red) (light green) (light blue) (light yellow))
(defrule warm
   (light ?c&red|yellow)
   =>
   (printout t ?c " is warm" crlf))
(defrule cold (light green|blue) => (printout t "a cold light" crlf))
(reset)
(run)
(exit)
