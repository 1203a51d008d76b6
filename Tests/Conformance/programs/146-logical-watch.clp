; watch facts shows retraction of logically supported facts
(defrule infer (logical (sensor on)) => (assert (light on)))
(reset)
(watch facts)
(assert (sensor on))
(run)
(retract 1)
(unwatch facts)
(exit)
