; switch with case and default
(deffunction describe (?x)
   (switch ?x
      (case 1 then "one")
      (case 2 then "two")
      (case red then "a colour")
      (case "str" then "a string")
      (default "something else")))
(printout t (describe 1) ", " (describe 2) ", " (describe red) ", "
            (describe "str") ", " (describe 9) crlf)
(deffunction nodefault (?x) (switch ?x (case a then (printout t "is a" crlf))))
(nodefault a)
(printout t (nodefault b) crlf)
(exit)
