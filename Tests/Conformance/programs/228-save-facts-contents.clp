; the contents of a save-facts file, read back with readline
(deftemplate p (slot name) (slot n (default 3)))
(deffacts d (p (name x)) (q "s t" 1.0))
(reset)
(save-facts "/tmp/clips-conformance-228-contents.fct")
(open "/tmp/clips-conformance-228-contents.fct" in "r")
(deffunction dump ()
   (bind ?l (readline in))
   (while (neq ?l EOF) do
      (printout t "[" ?l "]" crlf)
      (bind ?l (readline in))))
(dump)
(close in)
(exit)
