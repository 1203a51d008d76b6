;; More of the order in which a fact reaches patterns (`watch activations`): constants on one
;; field share a node that reads the field, which keeps the place of the first constant there;
;; in an ordered fact the first field also checks the length, and fields that test nothing
;; (`?`, a lone `$?`) have no node, so `(oven type ?)` is reached where `(oven type 1)` branches.
(deftemplate item (slot kind) (slot size))
(defrule kind-one (item (kind 1)) =>)
(defrule size-positive (item (size ?s&:(> ?s 0))) =>)
(defrule kind-two (item (kind 2)) =>)
(defrule kind-any (item (kind ?k&:(numberp ?k))) =>)
(defrule oven-number (oven type ?c&:(numberp ?c)) =>)
(defrule oven-any (oven type ?) =>)
(defrule oven-one (oven type 1) =>)
(defrule oven-two-fields (oven ? ?) =>)
(defrule oven-anything (oven $?) =>)
(defrule oven-type-rest (oven type $?) =>)
(defrule oven-longer (oven type ? ?) =>)
(watch activations)
(assert (item (kind 2) (size 3)))
(assert (item (kind 1) (size 0)))
(assert (oven type 1))
(assert (oven type 2 3))
(exit)
