; modify creates a new fact index and keeps other slots
(deftemplate acct (slot owner) (slot balance) (multislot log))
(defrule deposit
   ?a <- (acct (balance ?b&:(< ?b 300)))
   =>
   (modify ?a (balance (+ ?b 100)) (log deposit)))
(reset)
(assert (acct (owner sue) (balance 100)))
(run)
(facts)
(exit)
