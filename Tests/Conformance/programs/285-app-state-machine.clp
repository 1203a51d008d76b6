; a traffic light state machine run for a fixed number of steps
(deftemplate light (slot state) (slot steps))
(deffacts start (light (state red) (steps 0)))
(defrule red-to-green
   ?l <- (light (state red) (steps ?s&:(< ?s 6)))
   => (printout t "red" crlf) (modify ?l (state green) (steps (+ ?s 1))))
(defrule green-to-yellow
   ?l <- (light (state green) (steps ?s&:(< ?s 6)))
   => (printout t "green" crlf) (modify ?l (state yellow) (steps (+ ?s 1))))
(defrule yellow-to-red
   ?l <- (light (state yellow) (steps ?s&:(< ?s 6)))
   => (printout t "yellow" crlf) (modify ?l (state red) (steps (+ ?s 1))))
(reset)
(run)
(facts)
(exit)
