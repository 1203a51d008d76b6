;;; Waltz line labelling, written for CareerAdvisor's benchmarks from the published
;;; description of the classic production-system benchmark: label every line of a 2-D drawing
;;; as convex (+), concave (-) or occluding boundary (B) by constraint propagation, where only
;;; junctions of two or three lines occur. A few rules set the first labels on each region's
;;; outer boundary; the propagation rules then assign labels irrevocably from labels already
;;; known, using the Huffman-Clowes catalogue of junction labellings.
;;;
;;; Stages: duplicate (each line becomes two directed edges), detect (group edges into L, arrow,
;;; fork and tee junctions by their geometry), boundary (first labels), label (propagation),
;;; report (count labels). Points are integers x * 100 + y, as scripts/gen-bench-data writes them.

(deftemplate stage (slot name))
(deftemplate line (slot region) (slot p1) (slot p2))
(deftemplate edge (slot region) (slot p1) (slot p2) (slot label (default nil)) (slot joined (default no)) (slot counted (default no)))
;;; For an arrow p2 is the shaft; for a tee p2 is the stem; for a fork p1, p2, p3 run anticlockwise.
(deftemplate junction (slot region) (slot base) (slot type) (slot p1) (slot p2) (slot p3 (default none)))
(deftemplate tally (slot label) (slot count (default 0)))

;;; ----------------------------------------------------------------- geometry

(deffunction px (?p) (div ?p 100))
(deffunction py (?p) (mod ?p 100))

;;; z of the cross product of the vectors from ?b to ?p and from ?b to ?q: positive when ?q is
;;; anticlockwise from ?p (less than half a turn).
(deffunction cross (?b ?p ?q)
   (- (* (- (px ?p) (px ?b)) (- (py ?q) (py ?b)))
      (* (- (py ?p) (py ?b)) (- (px ?q) (px ?b)))))

(deffunction dot (?b ?p ?q)
   (+ (* (- (px ?p) (px ?b)) (- (px ?q) (px ?b)))
      (* (- (py ?p) (py ?b)) (- (py ?q) (py ?b)))))

(deffunction opposite (?b ?p ?q)
   (and (= (cross ?b ?p ?q) 0) (< (dot ?b ?p ?q) 0)))

;;; The kind of the junction at ?b with lines to ?x ?y ?z, and its points in canonical order.
(deffunction classify (?b ?x ?y ?z)
   (if (opposite ?b ?x ?y) then (return (create$ tee ?x ?z ?y)))
   (if (opposite ?b ?y ?z) then (return (create$ tee ?y ?x ?z)))
   (if (opposite ?b ?z ?x) then (return (create$ tee ?z ?y ?x)))
   (bind ?c1 (cross ?b ?x ?y))
   (bind ?c2 (cross ?b ?y ?z))
   (bind ?c3 (cross ?b ?z ?x))
   (if (and (> ?c1 0) (> ?c2 0) (> ?c3 0)) then (return (create$ fork ?x ?y ?z)))
   (if (and (< ?c1 0) (< ?c2 0) (< ?c3 0)) then (return (create$ fork ?x ?z ?y)))
   ;; An arrow: the shaft lies inside the angle (under half a turn) between the barbs.
   (if (> (* ?c1 ?c2) 0) then (bind ?s ?y) (bind ?a ?x) (bind ?c ?z)
    else (if (> (* ?c2 ?c3) 0) then (bind ?s ?z) (bind ?a ?y) (bind ?c ?x)
          else (bind ?s ?x) (bind ?a ?z) (bind ?c ?y)))
   (if (> (cross ?b ?a ?s) 0)
      then (create$ arrow ?a ?s ?c)
      else (create$ arrow ?c ?s ?a)))

;;; ----------------------------------------------------------------- duplicate

(defrule reverse-line
   (stage (name duplicate))
   ?l <- (line (region ?r) (p1 ?p1) (p2 ?p2))
   =>
   (retract ?l)
   (assert (edge (region ?r) (p1 ?p1) (p2 ?p2)))
   (assert (edge (region ?r) (p1 ?p2) (p2 ?p1))))

(defrule done-duplicating
   (declare (salience -10))
   ?s <- (stage (name duplicate))
   =>
   (modify ?s (name detect)))

;;; ----------------------------------------------------------------- detect junctions

(defrule make-3-junction
   (declare (salience 10))
   (stage (name detect))
   ?e1 <- (edge (region ?r) (p1 ?b) (p2 ?x) (joined no))
   ?e2 <- (edge (p1 ?b) (p2 ?y&~?x) (joined no))
   ?e3 <- (edge (p1 ?b) (p2 ?z&~?x&~?y) (joined no))
   =>
   (bind ?j (classify ?b ?x ?y ?z))
   (assert (junction (region ?r) (base ?b) (type (nth$ 1 ?j))
                     (p1 (nth$ 2 ?j)) (p2 (nth$ 3 ?j)) (p3 (nth$ 4 ?j))))
   (modify ?e1 (joined yes))
   (modify ?e2 (joined yes))
   (modify ?e3 (joined yes)))

(defrule make-L
   (stage (name detect))
   ?e1 <- (edge (region ?r) (p1 ?b) (p2 ?x) (joined no))
   ?e2 <- (edge (p1 ?b) (p2 ?y&~?x) (joined no))
   (not (edge (p1 ?b) (p2 ~?x&~?y)))
   =>
   (if (> (cross ?b ?x ?y) 0)
      then (assert (junction (region ?r) (base ?b) (type L) (p1 ?x) (p2 ?y)))
      else (assert (junction (region ?r) (base ?b) (type L) (p1 ?y) (p2 ?x))))
   (modify ?e1 (joined yes))
   (modify ?e2 (joined yes)))

(defrule done-detecting
   (declare (salience -10))
   ?s <- (stage (name detect))
   =>
   (modify ?s (name boundary)))

;;; ----------------------------------------------------------------- first labels
;;; The junction with the greatest point in a region is on its outer boundary: the region's
;;; rightmost (then topmost) corner.

(defrule boundary-L
   (stage (name boundary))
   (junction (region ?r) (base ?b) (type L) (p1 ?x) (p2 ?y))
   (not (junction (region ?r) (base ?o&:(> ?o ?b))))
   ?e1 <- (edge (p1 ?b) (p2 ?x) (label nil))
   ?e2 <- (edge (p1 ?b) (p2 ?y) (label nil))
   =>
   (modify ?e1 (label B))
   (modify ?e2 (label B)))

(defrule boundary-arrow
   (stage (name boundary))
   (junction (region ?r) (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (not (junction (region ?r) (base ?o&:(> ?o ?b))))
   ?e1 <- (edge (p1 ?b) (p2 ?x) (label nil))
   ?e2 <- (edge (p1 ?b) (p2 ?s) (label nil))
   ?e3 <- (edge (p1 ?b) (p2 ?y) (label nil))
   =>
   (modify ?e1 (label B))
   (modify ?e2 (label +))
   (modify ?e3 (label B)))

(defrule done-boundary
   (declare (salience -10))
   ?s <- (stage (name boundary))
   =>
   (modify ?s (name label)))

;;; ----------------------------------------------------------------- propagation
;;; Each rule labels one unlabelled edge leaving a junction's base from a label already on
;;; another edge of that junction. All edges leaving a base belong to its junction.

(defrule reverse-label
   (declare (salience 5))
   (stage (name label))
   (edge (p1 ?a) (p2 ?b) (label ?l&~nil))
   ?e <- (edge (p1 ?b) (p2 ?a) (label nil))
   =>
   (modify ?e (label ?l)))

(defrule L-boundary
   (stage (name label))
   (junction (base ?b) (type L))
   (edge (p1 ?b) (p2 ?x) (label B))
   ?e <- (edge (p1 ?b) (p2 ~?x) (label nil))
   =>
   (modify ?e (label B)))

(defrule L-interior
   (stage (name label))
   (junction (base ?b) (type L))
   (edge (p1 ?b) (p2 ?x) (label +|-))
   ?e <- (edge (p1 ?b) (p2 ~?x) (label nil))
   =>
   (modify ?e (label B)))

(defrule fork-convex
   (stage (name label))
   (junction (base ?b) (type fork))
   (edge (p1 ?b) (label +))
   ?e <- (edge (p1 ?b) (label nil))
   =>
   (modify ?e (label +)))

(defrule fork-concave
   (stage (name label))
   (junction (base ?b) (type fork))
   (edge (p1 ?b) (label -))
   ?e <- (edge (p1 ?b) (label nil))
   =>
   (modify ?e (label -)))

(defrule fork-two-boundaries
   (stage (name label))
   (junction (base ?b) (type fork))
   (edge (p1 ?b) (p2 ?x) (label B))
   (edge (p1 ?b) (p2 ~?x) (label B))
   ?e <- (edge (p1 ?b) (label nil))
   =>
   (modify ?e (label -)))

(defrule arrow-boundary-barb-shaft
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?x|?y) (label B))
   ?e <- (edge (p1 ?b) (p2 ?s) (label nil))
   =>
   (modify ?e (label +)))

(defrule arrow-boundary-barb-other
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?d&:(or (eq ?d ?x) (eq ?d ?y))) (label B))
   ?e <- (edge (p1 ?b) (p2 ?o&~?d&~?s) (label nil))
   =>
   (modify ?e (label B)))

(defrule arrow-convex-barb-shaft
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?x|?y) (label +))
   ?e <- (edge (p1 ?b) (p2 ?s) (label nil))
   =>
   (modify ?e (label -)))

(defrule arrow-convex-barb-other
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?d&:(or (eq ?d ?x) (eq ?d ?y))) (label +))
   ?e <- (edge (p1 ?b) (p2 ?o&~?d&~?s) (label nil))
   =>
   (modify ?e (label +)))

(defrule arrow-concave-barb-shaft
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?x|?y) (label -))
   ?e <- (edge (p1 ?b) (p2 ?s) (label nil))
   =>
   (modify ?e (label +)))

(defrule arrow-concave-barb-other
   (stage (name label))
   (junction (base ?b) (type arrow) (p1 ?x) (p2 ?s) (p3 ?y))
   (edge (p1 ?b) (p2 ?d&:(or (eq ?d ?x) (eq ?d ?y))) (label -))
   ?e <- (edge (p1 ?b) (p2 ?o&~?d&~?s) (label nil))
   =>
   (modify ?e (label -)))

(defrule arrow-concave-shaft
   (stage (name label))
   (junction (base ?b) (type arrow) (p2 ?s))
   (edge (p1 ?b) (p2 ?s) (label -))
   ?e <- (edge (p1 ?b) (p2 ~?s) (label nil))
   =>
   (modify ?e (label +)))

(defrule tee-bars
   (stage (name label))
   (junction (base ?b) (type tee) (p2 ?s))
   ?e <- (edge (p1 ?b) (p2 ~?s) (label nil))
   =>
   (modify ?e (label B)))

(defrule done-labelling
   (declare (salience -10))
   ?s <- (stage (name label))
   =>
   (modify ?s (name report))
   (assert (tally (label +)) (tally (label -)) (tally (label B)) (tally (label nil))))

;;; ----------------------------------------------------------------- report

(defrule count-edge
   (stage (name report))
   ?e <- (edge (label ?l) (counted no))
   ?t <- (tally (label ?l) (count ?n))
   =>
   (modify ?e (counted yes))
   (modify ?t (count (+ ?n 1))))

(defrule print-tally
   (declare (salience -10))
   ?s <- (stage (name report))
   (tally (label +) (count ?convex))
   (tally (label -) (count ?concave))
   (tally (label B) (count ?boundary))
   (tally (label nil) (count ?unlabelled))
   =>
   (retract ?s)
   (printout t "junctions labelled; edges: " ?convex " convex, " ?concave " concave, "
               ?boundary " boundary, " ?unlabelled " unlabelled" crlf))
