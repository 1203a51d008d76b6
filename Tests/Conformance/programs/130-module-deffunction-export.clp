; deffunctions and defglobals exported from a module
(defmodule LIB (export deffunction square) (export defglobal base))
(deffunction LIB::square (?x) (* ?x ?x))
(defglobal LIB ?*base* = 10)
(defmodule MAIN (import LIB deffunction square) (import LIB defglobal base))
(printout t (square 7) " " ?*base* crlf)
(exit)
