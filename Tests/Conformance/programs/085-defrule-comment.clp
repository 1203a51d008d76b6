; defrule comment strings and declare
(defrule documented "This rule has a comment"
   (declare (salience 5))
   (go)
   =>
   (printout t "documented fired" crlf))
(defrule plain (go) => (printout t "plain fired" crlf))
(reset)
(assert (go))
(run)
(ppdefrule documented)
(exit)
