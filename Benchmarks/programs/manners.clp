;;; Miss Manners, written for CareerAdvisor's benchmarks from the published description of the
;;; classic production-system benchmark (Brant, Grose, Lofaso and Miranker, 1991): seat guests
;;; around a table so that each guest sits next to someone of the other sex who shares at least
;;; one of their hobbies. The search is depth first: every partial seating stays in working
;;; memory, the newest one is extended first, and an older one is extended when the newest has
;;; no candidate left. What makes it a benchmark is the join that looks for the next guest: it
;;; pairs a seating's last guest with every guest of the other sex sharing a hobby, then filters
;;; out guests already seated on that path or already tried from that seating.

(deftemplate guest (slot name) (slot sex) (slot hobby))
(deftemplate last-seat (slot seat))
(deftemplate counter (slot value))
(deftemplate phase (slot name))
;;; A partial seating: seats 1..seat2 are filled, guest name2 in seat2; parent is the seating
;;; it extends. complete is no until its path has been copied from the parent.
(deftemplate seating (slot id) (slot parent) (slot seat1) (slot name1) (slot seat2) (slot name2) (slot complete))
;;; Guest name sits in seat in seating id.
(deftemplate path (slot id) (slot name) (slot seat))
;;; Guest name was tried for the seat after seating id, because of hobby.
(deftemplate chosen (slot id) (slot name) (slot hobby))
(deftemplate print-seat (slot seat))

(defrule seat-first-guest
   ?ph <- (phase (name start))
   (guest (name ?n))
   ?cnt <- (counter (value ?c))
   =>
   (assert (seating (id ?c) (parent 0) (seat1 1) (name1 ?n) (seat2 1) (name2 ?n) (complete yes)))
   (assert (path (id ?c) (name ?n) (seat 1)))
   (modify ?cnt (value (+ ?c 1)))
   (modify ?ph (name assign)))

(defrule seat-next-guest
   ?ph <- (phase (name assign))
   (seating (id ?id) (seat2 ?s2) (name2 ?n2) (complete yes))
   (guest (name ?n2) (sex ?sx) (hobby ?h))
   (guest (name ?g) (sex ~?sx) (hobby ?h))
   ?cnt <- (counter (value ?c))
   (not (path (id ?id) (name ?g)))
   (not (chosen (id ?id) (name ?g) (hobby ?h)))
   =>
   (assert (seating (id ?c) (parent ?id) (seat1 ?s2) (name1 ?n2) (seat2 (+ ?s2 1)) (name2 ?g) (complete no)))
   (assert (path (id ?c) (name ?g) (seat (+ ?s2 1))))
   (assert (chosen (id ?id) (name ?g) (hobby ?h)))
   (modify ?cnt (value (+ ?c 1)))
   (modify ?ph (name copy-path)))

(defrule copy-parent-path
   (phase (name copy-path))
   (seating (id ?id) (parent ?pid) (complete no))
   (path (id ?pid) (name ?n) (seat ?s))
   (not (path (id ?id) (name ?n)))
   =>
   (assert (path (id ?id) (name ?n) (seat ?s))))

(defrule path-copied
   (declare (salience -10))
   ?ph <- (phase (name copy-path))
   ?st <- (seating (complete no))
   =>
   (modify ?st (complete yes))
   (modify ?ph (name check)))

(defrule all-seated
   ?ph <- (phase (name check))
   (last-seat (seat ?l))
   (seating (seat2 ?l))
   =>
   (modify ?ph (name report))
   (assert (print-seat (seat 1))))

(defrule keep-seating
   (declare (salience -10))
   ?ph <- (phase (name check))
   =>
   (modify ?ph (name assign)))

(defrule report-seat
   (phase (name report))
   ?p <- (print-seat (seat ?k))
   (last-seat (seat ?l))
   (seating (id ?id) (seat2 ?l))
   (path (id ?id) (name ?n) (seat ?k))
   =>
   (printout t "seat " ?k ": " ?n crlf)
   (retract ?p)
   (assert (print-seat (seat (+ ?k 1)))))

(defrule report-done
   (declare (salience -10))
   (phase (name report))
   ?cnt <- (counter (value ?c))
   =>
   (printout t (- ?c 1) " seatings tried" crlf)
   (halt))
