; the same variable in a single slot and inside a multislot of another fact
(deftemplate club (slot name) (multislot members))
(deftemplate person (slot name))
(deffacts d
   (club (name chess) (members ann bob))
   (club (name golf) (members cy))
   (person (name ann)) (person (name cy)) (person (name dan)))
(defrule member
   (person (name ?p))
   (club (name ?c) (members $? ?p $?))
   =>
   (printout t ?p " in " ?c crlf))
(defrule loner
   (person (name ?p))
   (not (club (members $? ?p $?)))
   =>
   (printout t ?p " in no club" crlf))
(reset)
(run)
(exit)
