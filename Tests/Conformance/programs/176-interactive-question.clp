; a typical question loop: ask until an allowed answer is given
(deffunction ask (?question $?allowed)
   (printout t ?question " " ?allowed " ")
   (bind ?answer (read))
   (while (not (member$ ?answer ?allowed)) do
      (printout t ?question " " ?allowed " ")
      (bind ?answer (read)))
   ?answer)
(defrule start
   =>
   (bind ?a (ask "Continue?" yes no))
   (printout t crlf "answer: " ?a crlf))
(reset)
(run)
(exit)
