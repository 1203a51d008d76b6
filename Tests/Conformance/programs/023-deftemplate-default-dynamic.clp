; default-dynamic is evaluated at every assert; static default only once
(defglobal ?*counter* = 0)
(deffunction next () (bind ?*counter* (+ ?*counter* 1)) ?*counter*)
(deftemplate ticket
   (slot id (default-dynamic (next)))
   (slot fixed (default (next))))
(assert (ticket))
(assert (ticket))
(assert (ticket (id 100)))
(facts)
(printout t "counter " ?*counter* crlf)
(exit)
