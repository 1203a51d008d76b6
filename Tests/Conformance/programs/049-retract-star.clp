; retract * removes all facts
(deffacts d (a) (b))
(reset)
(retract *)
(facts)
(printout t "done" crlf)
(assert (new))
(facts)
(exit)
