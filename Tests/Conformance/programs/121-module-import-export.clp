; exporting and importing a deftemplate between modules
(defmodule MAIN (export deftemplate order))
(deftemplate order (slot id))
(deftemplate secret (slot x))
(defmodule SHIP (import MAIN deftemplate order))
(defrule SHIP::ship
   (order (id ?i))
   =>
   (printout t "shipping " ?i crlf))
(deffacts MAIN::orders (order (id 1)) (order (id 2)))
(reset)
(focus SHIP)
(run)
(exit)
