;; Deffacts made only of constants may be built once, but a slot computed per fact
;; (default-dynamic, a global, a function call) takes its value again at every reset.
(defglobal ?*level* = 1)
(deftemplate item (slot name) (slot id (default-dynamic (gensym))) (multislot tags (default a b)))
(deffacts start (item (name fixed) (tags x y)) (item (name counted) (tags (+ ?*level* 1))) (plain 1 2 (* 2 ?*level*)))
(reset)
(facts)
(set-reset-globals FALSE)
(bind ?*level* 5)
(reset)
(facts)
(exit)
