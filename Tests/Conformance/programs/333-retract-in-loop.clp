; retracting facts collected by a query, and retract with several addresses
(deffacts d (t 1) (t 2) (t 3) (t 4))
(reset)
(do-for-all-facts ((?f t)) (evenp (nth$ 1 ?f:implied)) (retract ?f))
(facts)
(defrule clean ?a <- (t 1) ?b <- (t 3) => (retract ?a ?b))
(run)
(facts)
(exit)
