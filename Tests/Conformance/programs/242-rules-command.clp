; (rules) lists rule names in definition order
(defrule zeta => )
(defrule alpha => )
(defrule middle (a) => )
(rules)
(exit)
