; bind without a value gives a global its initial value back; watch globals shows each change
; with the value it replaced.
(defglobal ?*g* = (+ 1 2))
(watch globals)
(bind ?*g* 5)
(bind ?*g* (create$ a b))
(bind ?*g*)
(unwatch globals)
(printout t ?*g* crlf)
(exit)
