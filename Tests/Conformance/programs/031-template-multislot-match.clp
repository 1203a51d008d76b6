; patterns on multislots with $? and multifield variables
(deftemplate bag (slot owner) (multislot items))
(deffacts bags
   (bag (owner a) (items pen book cup))
   (bag (owner b) (items))
   (bag (owner c) (items book)))
(defrule has-book
   (bag (owner ?o) (items $? book $?))
   =>
   (printout t ?o " has a book" crlf))
(defrule first-item
   (bag (owner ?o) (items ?first $?rest))
   =>
   (printout t ?o " first=" ?first " rest=" ?rest crlf))
(defrule empty-bag
   (bag (owner ?o) (items))
   =>
   (printout t ?o " has nothing" crlf))
(reset)
(run)
(exit)
