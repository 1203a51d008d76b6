; counting facts by category with queries and a rule
(deftemplate sale (slot region) (slot amount))
(deffacts sales
   (sale (region north) (amount 10)) (sale (region south) (amount 20))
   (sale (region north) (amount 5)) (sale (region east) (amount 7))
   (sale (region south) (amount 1)))
(defrule per-region
   (sale (region ?r))
   (not (reported ?r))
   =>
   (assert (reported ?r))
   (bind ?total 0)
   (bind ?count 0)
   (do-for-all-facts ((?s sale)) (eq ?s:region ?r)
      (bind ?total (+ ?total ?s:amount))
      (bind ?count (+ ?count 1)))
   (printout t ?r ": " ?count " sales, total " ?total crlf))
(reset)
(run)
(exit)
