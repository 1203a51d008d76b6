; list-defmodules and ppdefmodule
(defmodule MAIN (export ?ALL))
(defmodule A (import MAIN ?ALL) (export deftemplate x))
(deftemplate A::x (slot v))
(list-defmodules)
(ppdefmodule A)
(exit)
