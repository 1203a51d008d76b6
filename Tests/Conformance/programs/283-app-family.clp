; family relations derived by rules
(deftemplate person (slot name) (slot father) (slot mother))
(deffacts family
   (person (name adam))
   (person (name eve))
   (person (name cain) (father adam) (mother eve))
   (person (name abel) (father adam) (mother eve))
   (person (name enoch) (father cain))
   (person (name irad) (father enoch)))
(defrule siblings
   (person (name ?a) (father ?f&~nil))
   (person (name ?b&~?a) (father ?f))
   (test (< (str-compare ?a ?b) 0))
   =>
   (printout t ?a " and " ?b " are siblings" crlf))
(defrule grandfather
   (person (name ?c) (father ?p&~nil))
   (person (name ?p) (father ?g&~nil))
   =>
   (printout t ?g " is grandfather of " ?c crlf))
(reset)
(run)
(exit)
