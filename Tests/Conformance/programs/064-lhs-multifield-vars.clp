; multifield variables bind sequences; several splits of one fact give several activations
(deffacts d (seq 1 2 3))
(defrule split
   (seq $?a $?b)
   =>
   (printout t ?a " | " ?b crlf))
(reset)
(run)
(exit)
