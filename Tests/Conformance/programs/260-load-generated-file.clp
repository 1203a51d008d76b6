; load a file this program writes itself: with compilations watched (the default) load
; prints "Defining ..." lines, and +j/=j join marks for rules
(open "/tmp/clips-conformance-260-gen.clp" gen "w")
(printout gen "(defglobal ?*g* = 1)" crlf)
(printout gen "(deftemplate t (slot x))" crlf)
(printout gen "(deffacts f (t (x 1)))" crlf)
(printout gen "(deffunction double (?x) (* 2 ?x))" crlf)
(printout gen "(defrule r1 (t (x ?x)) => (printout t \"r1 \" (double ?x) crlf))" crlf)
(printout gen "(defrule r2 (t (x ?x)) (u ?x) => )" crlf)
(close gen)
(load "/tmp/clips-conformance-260-gen.clp")
(reset)
(run)
(exit)
