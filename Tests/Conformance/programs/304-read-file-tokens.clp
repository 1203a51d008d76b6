; read from a file returns successive tokens of every type, then EOF
(open "/tmp/clips-conformance-304-tokens.txt" out "w")
(printout out "sym 42 -7 3.5 1e3 \"a string\" ?var $?mv ( ) & | ~ nil" crlf)
(close out)
(open "/tmp/clips-conformance-304-tokens.txt" in "r")
(deffunction dump ()
   (bind ?x (read in))
   (while (neq ?x EOF) do
      (printout t "[" ?x "] " (type ?x) crlf)
      (bind ?x (read in))))
(dump)
(close in)
(exit)
