; list-deffunctions, ppdeffunction, undeffunction
(deffunction add (?a ?b) (+ ?a ?b))
(deffunction greet (?who $?rest) "says hello" (printout t "hi " ?who crlf))
(list-deffunctions)
(ppdeffunction greet)
(undeffunction add)
(list-deffunctions)
(exit)
