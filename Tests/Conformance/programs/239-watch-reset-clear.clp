; watch facts output during reset
(deffacts d (a) (b))
(watch facts)
(reset)
(reset)
(unwatch facts)
(exit)
