; certainty.clp -- MYCIN-style certainty factors: evidence facts and how they are combined.
;
; Rules never build a placement or a recommendation directly.  They assert `evidence`
; facts, each with its own certainty factor (-1..1) and a reason written for the person.
; The rules below fold all evidence about the same (about, target) pair into one
; `cf-total`, walking the evidence in ascending `n` order.  Positive and negative evidence
; are accumulated separately (each with a + b(1 - a)) and joined once at the end, so the
; result is the same whatever order answers arrived in.  Every step is logically
; supported: when an answer is revised, the evidence that depended on it disappears and
; the chain is rebuilt from the first link that changed.
;
; `n` orders the evidence for one (about, target) pair; two pieces of evidence about the
; same pair must never share an `n`.

(deftemplate evidence
   (slot about (allowed-symbols placement next-step alternative skill caution))
   (slot target (type SYMBOL))
   (slot cf (type FLOAT))
   (slot n (type INTEGER))
   (slot reason (type STRING)))

; One link of the fold: everything up to and including evidence number `last`.
(deftemplate cf-acc
   (slot about (type SYMBOL))
   (slot target (type SYMBOL))
   (slot last (type INTEGER))
   (slot pos (type FLOAT))
   (slot neg (type FLOAT))
   (multislot reasons))

; The fold is complete: the net certainty for (about, target) and all reasons.
(deftemplate cf-total
   (slot about (type SYMBOL))
   (slot target (type SYMBOL))
   (slot cf (type FLOAT))
   (multislot reasons))

; Combine two certainty factors the way MYCIN did.
(deffunction cf-combine (?a ?b)
   (if (and (>= ?a 0) (>= ?b 0))
    then (+ ?a (* ?b (- 1 ?a)))
    else (if (and (< ?a 0) (< ?b 0))
          then (+ ?a (* ?b (+ 1 ?a)))
          else (if (>= (min (abs ?a) (abs ?b)) 1)
                then 0.0
                else (/ (+ ?a ?b) (- 1 (min (abs ?a) (abs ?b))))))))

; Two decimals are plenty for people and keep the result independent of float noise.
(deffunction cf-round (?x)
   (/ (round (* ?x 100)) 100.0))

; Net certainty from the accumulated belief (pos) and disbelief (neg, a magnitude).
(deffunction cf-net (?pos ?neg)
   (cf-round (cf-combine ?pos (- 0 ?neg))))

(deffunction cf-pos-part (?c) (if (> ?c 0) then ?c else 0.0))
(deffunction cf-neg-part (?c) (if (< ?c 0) then (- 0 ?c) else 0.0))

; --- folding placement evidence (runs before anything that reads the placement) ---------

(defrule cf-start-placement "Starts adding up the evidence about placing you in one role, from its first piece."
   (declare (salience -100))
   (logical (evidence (about placement) (target ?t) (n ?n) (cf ?c) (reason ?r))
            (not (evidence (about placement) (target ?t) (n ?m&:(< ?m ?n)))))
   =>
   (assert (cf-acc (about placement) (target ?t) (last ?n)
                   (pos (cf-pos-part ?c)) (neg (cf-neg-part ?c)) (reasons ?r))))

(defrule cf-step-placement "Adds the next piece of evidence about placing you in one role to the running total."
   (declare (salience -100))
   (logical (cf-acc (about placement) (target ?t) (last ?l) (pos ?p) (neg ?q) (reasons $?rs))
            (evidence (about placement) (target ?t) (n ?n&:(> ?n ?l)) (cf ?c) (reason ?r))
            (not (evidence (about placement) (target ?t) (n ?m&:(> ?m ?l)&:(< ?m ?n)))))
   =>
   (assert (cf-acc (about placement) (target ?t) (last ?n)
                   (pos (cf-combine ?p (cf-pos-part ?c)))
                   (neg (cf-combine ?q (cf-neg-part ?c)))
                   (reasons ?rs ?r))))

(defrule cf-finish-placement "Combines all the evidence about placing you in one role into a single certainty."
   (declare (salience -110))
   (logical (cf-acc (about placement) (target ?t) (last ?l) (pos ?p) (neg ?q) (reasons $?rs))
            (not (evidence (about placement) (target ?t) (n ?m&:(> ?m ?l)))))
   =>
   (assert (cf-total (about placement) (target ?t) (cf (cf-net ?p ?q)) (reasons ?rs))))

; --- folding advice evidence (runs after the placement has settled) ----------------------

(defrule cf-start-advice "Starts adding up the evidence about one option, skill or caution, from its first piece."
   (declare (salience -150))
   (logical (evidence (about ?a&~placement) (target ?t) (n ?n) (cf ?c) (reason ?r))
            (not (evidence (about ?a) (target ?t) (n ?m&:(< ?m ?n)))))
   =>
   (assert (cf-acc (about ?a) (target ?t) (last ?n)
                   (pos (cf-pos-part ?c)) (neg (cf-neg-part ?c)) (reasons ?r))))

(defrule cf-step-advice "Adds the next piece of evidence about one option, skill or caution to the running total."
   (declare (salience -150))
   (logical (cf-acc (about ?a&~placement) (target ?t) (last ?l) (pos ?p) (neg ?q) (reasons $?rs))
            (evidence (about ?a) (target ?t) (n ?n&:(> ?n ?l)) (cf ?c) (reason ?r))
            (not (evidence (about ?a) (target ?t) (n ?m&:(> ?m ?l)&:(< ?m ?n)))))
   =>
   (assert (cf-acc (about ?a) (target ?t) (last ?n)
                   (pos (cf-combine ?p (cf-pos-part ?c)))
                   (neg (cf-combine ?q (cf-neg-part ?c)))
                   (reasons ?rs ?r))))

(defrule cf-finish-advice "Combines all the evidence about one option, skill or caution into a single certainty."
   (declare (salience -160))
   (logical (cf-acc (about ?a&~placement) (target ?t) (last ?l) (pos ?p) (neg ?q) (reasons $?rs))
            (not (evidence (about ?a) (target ?t) (n ?m&:(> ?m ?l)))))
   =>
   (assert (cf-total (about ?a) (target ?t) (cf (cf-net ?p ?q)) (reasons ?rs))))
