; reset retracts everything and re-asserts deffacts; fact indices restart at 0
(deffacts start (a 1) (b 2))
(reset)
(assert (c 3))
(facts)
(reset)
(facts)
(exit)
