; "field" is a synonym of "slot"
(deftemplate point (field x) (field y (default 0)))
(assert (point (x 3)))
(assert (point (y 4) (x 1)))
(facts)
(exit)
