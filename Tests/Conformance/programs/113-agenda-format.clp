; agenda listing format with various saliences and fact lists
(defrule a (declare (salience 10000)) (p ?x) (q ?y) => )
(defrule b (declare (salience -5)) (p ?x) => )
(defrule c (declare (salience 7)) (p ?x) (not (r ?x)) => )
(defrule d (declare (salience -123)) (q ?y) (p ?x) => )
(reset)
(assert (p 1) (q 2))
(agenda)
(exit)
