; batch* executes the commands of a file without echo
(open "/tmp/clips-conformance-263-gen.bat" gen "w")
(printout gen "(printout t \"from batch file\" crlf)" crlf)
(printout gen "(deffunction f (?x) (+ ?x 1))" crlf)
(printout gen "(printout t (f 41) crlf)" crlf)
(close gen)
(batch* "/tmp/clips-conformance-263-gen.bat")
(printout t "back in main file" crlf)
(exit)
