; matching on template slots in any order, slot omitted means any value
(deftemplate emp (slot name) (slot dept) (slot salary))
(deffacts staff
   (emp (name ann) (dept it) (salary 100))
   (emp (name bob) (dept hr) (salary 80))
   (emp (name cy) (dept it) (salary 90)))
(defrule it-staff
   (emp (salary ?s) (dept it) (name ?n))
   =>
   (printout t ?n " earns " ?s crlf))
(reset)
(run)
(exit)
