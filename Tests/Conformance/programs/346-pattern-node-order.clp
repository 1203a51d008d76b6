;; The order in which one fact reaches the patterns of several rules, which `watch activations`
;; shows. A pattern that tests nothing in its own fact sits beside the tested ones, not above
;; them; patterns sharing a tested prefix are reached at the prefix before those that test
;; further; and patterns that compare different slots with earlier patterns by equality are
;; reached in different places, while a slot compared otherwise (~?q) changes nothing.
(deftemplate status (slot depth) (slot a) (slot b) (slot c))
(defrule bare (status) =>)
(defrule a-bound (status (a ?x)) =>)
(defrule b-not-one (status (b ~1)) =>)
(defrule a-is-one (status (a 1)) =>)
(defrule a-one-b-two (status (a 1) (b 2)) =>)
(defrule b-differs (other ?q) (status (b ~?q)) =>)
(defrule a-equals (other ?q) (status (a ?q)) =>)
(defrule b-differs-too (other ?q) (status (b ?z&~?q)) =>)
(defrule b-above-a (status (a ?s) (b ?t&:(> ?t ?s))) =>)
(defrule c-bound (status (c ?x)) =>)
(reset)
(assert (other 5))
(watch activations)
(assert (status (depth 1) (a 1) (b 2) (c 2)))
(assert (status (depth 2) (a 5) (b 5) (c 0)))
(exit)
