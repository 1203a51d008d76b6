;; A variable bound by an earlier pattern and used twice in a later one: the join compares the
;; first use, and CLIPS compares the second with the first inside the fact, as for a variable
;; the pattern binds itself. The later pattern then shares its place in the order facts reach
;; patterns with such patterns (here repeated's with bound-here's), which `watch activations`
;; shows: it is reached after patterns created later (pair's), not before them.
(deftemplate chain (slot from-row) (slot from-value) (slot row) (slot value))
(deftemplate cell (slot row) (slot value))
(defrule repeated
   (cell (row ?r) (value ?v))
   (not (chain (from-row ?r) (from-value ?v) (row ?r) (value ?v)))
   =>)
(defrule pair
   (chain (from-row ?r) (from-value ?v) (row ?r2) (value ?v2))
   (chain (from-row ?r) (from-value ~?v) (row ?r2) (value ?v2))
   =>)
(defrule bound-here
   (chain (from-row ?r) (from-value ?v) (row ?r) (value ?v))
   =>)
(reset)
(assert (chain (from-row 9) (from-value 3) (row 9) (value 5)))
(assert (cell (row 9) (value 5)))
(assert (cell (row 4) (value 4)))
(watch activations)
(assert (chain (from-row 9) (from-value 5) (row 9) (value 5)))
(assert (chain (from-row 4) (from-value 4) (row 4) (value 7)))
(watch rules)
(run)
(exit)
