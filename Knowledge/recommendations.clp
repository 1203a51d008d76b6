; recommendations.clp -- next steps, alternative paths, skills to build and cautions.
;
; From the placement, the `transition` facts give the options: ladder and IC-track moves
; become candidate next steps, adjacent and beyond-the-top moves candidate alternatives.
; Rules add evidence for or against each option from the person's answers (goal, what
; energises them, how they feel about managing people, readiness, time in role, their
; company, the role they aim for).  Skills come from the growth skills of their level,
; minus what they already count as strengths.  Cautions flag tensions in the answers.
; certainty.clp folds each target's evidence into one certainty factor; the rules at the
; end turn every total at or above the threshold into exactly one `recommendation`.
;
; Evidence numbers (`n`), unique per (kind, target):
;   next-step    10 base weight, 15 skipped rung, 20 goal, 30 feelings about managing,
;                41-43 energisers, 51-54 avoidances, 60 technical product, 70 readiness,
;                81-88 behaviours, 90 time in role, 100 company, 110-111 aim, 120-140 ways in
;   alternative  10 base weight, 11-12 goal, 19 fit, 21-29 energisers, 30 people,
;                41-50 strengths, 55 avoidance, 100-101 company and career stage, 110 aim
;   skill        10 growth skill, 15 craft skill, 30/40 (not) a strength, 45 background,
;                50-53 goal, 60 avoidance, 70 aim
;   caution      10-12

(defglobal ?*advice-threshold* = 0.2)

; What a caution is about, and what to do about it.
(deftemplate caution-info
   (slot id (type SYMBOL))
   (slot title (type STRING))
   (slot advice (type STRING))
   (multislot source (type STRING)))

; A move open from the current placement: `move` is the transition kind, `advice` the
; recommendation kind it would become.
(deftemplate option
   (slot target (type SYMBOL))
   (slot move (type SYMBOL))
   (slot advice (allowed-symbols next-step alternative)))

(deffunction advice-kind (?move)
   (if (or (eq ?move adjacent) (eq ?move beyond)) then alternative else next-step))

(deffacts cautions
   (caution-info (id management-without-appetite) (title "Climbing the management ladder without wanting to manage")
      (advice "Above Senior PM, the management track is mostly about hiring, coaching and growing people. If that is not for you, the individual-contributor track (Principal or Staff PM, Product Architect) offers the same influence without direct reports, and choosing it is not a lack of ambition.")
      (source "003_913bae464eebefe3.txt"))
   (caution-info (id executive-reality) (title "The top product jobs are far from the craft")
      (advice "Plenty of PMs want the CPO title without wanting its days: little contact with users or designs, and a calendar full of strategy reviews, org design and high-stakes calls. Test that with a stretch assignment before committing.")
      (source "003_913bae464eebefe3.txt"))
   (caution-info (id title-mismatch) (title "Your title and your work tell different stories")
      (advice "Titles, responsibilities and promotion criteria differ between companies. When you compare offers or ask for a promotion, talk about your scope and behaviours, not just the title.")
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt"))
   (caution-info (id timeline-pressure) (title "Careers run on different clocks")
      (advice "Five, ten or more than twenty years to senior leadership are all legitimate. Judge yourself by the difference you make, not the title, and by how you grow rather than how fast.")
      (source "003_913bae464eebefe3.txt"))
   (caution-info (id startup-firefighting) (title "Wearing many hats can crowd out the foundations")
      (advice "Helping with support, operations or copy is normal at a startup. Protect time for the core PM skills (clear specifications, user research, data, prioritisation) so your growth keeps pace with your scope.")
      (source "003_913bae464eebefe3.txt"))
   (caution-info (id no-room-for-group-pm) (title "There may be no one to lead yet")
      (advice "A Group PM role appears when product work splits into several squads with their own PMs. With very few PMs around you, growing into management may mean waiting for the team to grow, or moving to a larger product organisation.")
      (source "000_1f72dbc503acb921.txt"))
   (caution-info (id too-early-to-move) (title "Early in your current role")
      (advice "Time is only one of three dimensions of seniority, next to knowledge and behaviour. Show the behaviours of the next level where you are before pushing for the title.")
      (source "000_1f72dbc503acb921.txt"))
   (caution-info (id small-org-ceiling) (title "The company may be too small for the next rung")
      (advice "Up to about 80 people, one leader usually holds all of product development. An executive product seat may depend on the company growing past that size, or on moving to a larger one.")
      (source "000_1f72dbc503acb921.txt"))
   (caution-info (id unified-product-development) (title "Keep product development one team as it splits")
      (advice "Past about 80 people, product, design, engineering and data usually stop reporting to a single leader. Whoever leads product then has to keep them working as one product development team.")
      (source "000_1f72dbc503acb921.txt"))
   (caution-info (id cto-boundary) (title "Know the line between CPO and CTO")
      (advice "Commercial questions sit with the CPO and engineering with the CTO, and the two design the teams together. If the technology itself is what excites you, be clear which side of that line you want to lead.")
      (source "000_1f72dbc503acb921.txt"))
   (caution-info (id pivot-without-fit) (title "A sideways move without a clear pull")
      (advice "The common moves out of product management (operations, partnerships, founding, marketing or strategy, research, innovation) each suit a particular kind of energy. Work out which one pulls you before you leave the ladder.")
      (source "003_913bae464eebefe3.txt"))
   (caution-info (id define-success) (title "Define your own version of success")
      (advice "The ladder is flexible: people move up, specialise, or change direction entirely. Work out which of those would feel like success to you before chasing the next title.")
      (source "003_913bae464eebefe3.txt")))

; --- the options open from where the person stands -------------------------------------

(defrule open-options "Lists the moves open to you from the role you are placed in."
   (declare (salience -130))
   (logical (placement (role ?r))
            (transition (from $? ?r $?) (to ?t) (kind ?k)))
   =>
   (assert (option (target ?t) (move ?k) (advice (advice-kind ?k)))))

(defrule option-base "Gives each move open to you its usual weight as a starting point."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (move ?k) (advice ?a))
            (transition (from $? ?r $?) (to ?t) (kind ?k) (weight ?w&:(> ?w 0)) (note ?note)))
   =>
   (assert (evidence (about ?a) (target ?t) (cf ?w) (n 10) (reason ?note))))

; --- next steps: the goal -----------------------------------------------------------------

(defrule next-step-climb "Favours a step up the ladder, since you want to move up."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion))
            (answer (question goal) (value climb)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.3) (n 20)
              (reason "You want to move up, and this is the step up."))))

(defrule next-step-deepen-ic "Favours the individual-contributor track, since you want to go deeper in the craft."
   (declare (salience -140))
   (logical (option (target ?t) (move ic-branch))
            (answer (question goal) (value deepen)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.45) (n 20)
              (reason "You want to go deeper in the craft as an individual contributor, which is what this track is for."))))

(defrule next-step-deepen-management "Counts against a management step up, since you want to go deeper rather than manage."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion))
            (role (id ?t) (track management))
            (answer (question goal) (value deepen)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.45) (n 20)
              (reason "You want to go deeper without managing people, and this role is mainly about leading PMs."))))

(defrule next-step-deepen-ladder "Favours the next rung a little, since it still lets you go deeper without managing people."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion))
            (role (id ?t) (track ladder))
            (answer (question goal) (value deepen)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.2) (n 20)
              (reason "It is still an individual-contributor role, in line with your wish to go deeper rather than manage."))))

(defrule next-step-pivot "Counts against steps up the ladder or onto the IC track, since you mainly want to move sideways."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch) (advice next-step))
            (answer (question goal) (value pivot)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.3) (n 20)
              (reason "You are mainly looking to move sideways, so a step up the ladder is the less likely choice."))))

(defrule next-step-skips-a-rung "Counts against a step up that jumps over a rung most ladders have in between."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (move promotion))
            (transition (from $? ?r $?) (to ?t) (skips ?skipped&~nil))
            (role (id ?skipped) (title ?skipped-title)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.25) (n 15)
              (reason (str-cat "This move skips the " ?skipped-title " rung that most ladders put in between.")))))

; --- next steps: people leadership ------------------------------------------------------

(defrule next-step-enjoys-people "Favours management roles, since you enjoy managing people."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management))
            (answer (question people-leadership) (value enjoy)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.25) (n 30)
              (reason "You enjoy managing people, and this role is largely about leading them."))))

(defrule next-step-dislikes-people-management "Counts against management roles, since you would rather not manage people."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management))
            (answer (question people-leadership) (value dislike)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.5) (n 30)
              (reason "You would rather not manage people, and this role is largely about managing them."))))

(defrule next-step-dislikes-people-ic "Favours the individual-contributor track, since you would rather not manage people."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track individual-contributor))
            (answer (question people-leadership) (value dislike)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.25) (n 30)
              (reason "You would rather not manage people; this track grows your influence without direct reports."))))

; --- next steps: what energises them and what they would rather avoid ---------------------

(defrule next-step-energised-by-people "Favours management roles, since helping people grow gives you energy."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management))
            (answer (question energisers) (value $? growing-people $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.25) (n 41)
              (reason "Helping people grow gives you energy, and growing PMs is central to this role."))))

(defrule next-step-energised-by-craft "Favours the individual-contributor track, since deep work on product problems gives you energy."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track individual-contributor))
            (answer (question energisers) (value $? deep-craft $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.3) (n 42)
              (reason "Going deep on hard product problems gives you energy, and that is this role's daily work."))))

(defrule next-step-energised-by-technology "Favours Product Architect, since the technology underneath gives you energy."
   (declare (salience -140))
   (logical (option (target product-architect) (advice next-step))
            (answer (question energisers) (value $? technical-depth $?)))
   =>
   (assert (evidence (about next-step) (target product-architect) (cf 0.25) (n 43)
              (reason "Understanding the technology underneath gives you energy, and product architects work at that level."))))

(defrule next-step-avoids-people-issues "Counts against management roles, since you would rather avoid hiring and performance talks."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management))
            (answer (question avoid) (value $? people-issues $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.3) (n 51)
              (reason "You would rather avoid hiring and performance conversations, which fill much of this role."))))

(defrule next-step-avoids-distance-from-craft "Counts against Director and above, since you want to stay hands-on and close to users."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management) (level ?l&:(>= ?l 6)))
            (answer (question avoid) (value $? losing-hands-on $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.2) (n 52)
              (reason "You want to stay close to users and hands-on work, and this role is a step away from both."))))

(defrule next-step-ic-keeps-craft "Favours the individual-contributor track, since you want to stay hands-on and close to users."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track individual-contributor))
            (answer (question avoid) (value $? losing-hands-on $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.15) (n 53)
              (reason "You want to stay close to users and hands-on work, which this track keeps you doing."))))

(defrule next-step-avoids-executive-politics "Counts against executive roles, since you would rather avoid strategy reviews and politics."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track management) (level ?l&:(>= ?l 7)))
            (answer (question avoid) (value $? strategy-reviews $?)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.2) (n 54)
              (reason "You would rather avoid long strategy reviews, budgets and executive politics, which are much of an executive's week."))))

; --- next steps: the organisation ----------------------------------------------------------

(defrule next-step-technical-product "Favours the individual-contributor track, since your product is deeply technical."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track individual-contributor))
            (answer (question technical-environment) (value yes))
            (org-fact (id ic-in-technical-products) (text ?why)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.2) (n 60)
              (reason (str-cat "You work on a deeply technical product or a complex ecosystem. " ?why)))))

(defrule next-step-few-pms "Counts against Group PM, since your company has too few PMs to form a group to lead."
   (declare (salience -140))
   (logical (option (target group-pm) (advice next-step))
            (answer (question pm-count) (value ?k&:(numberp ?k)&:(<= ?k 2)))
            (org-fact (id group-pm-trigger) (text ?why)))
   =>
   (assert (evidence (about next-step) (target group-pm) (cf -0.4) (n 100)
              (reason (str-cat "Your company has " ?k " product manager(s). " ?why)))))

; --- next steps: readiness, behaviour and time -------------------------------------------

(defrule next-step-ready "Favours your next steps, since you already count most of your level's growth skills as strengths."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch|lateral))
            (readiness (have ?h) (of ?m&:(> ?m 0)&:(>= (/ ?h ?m) 0.6))))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.2) (n 70)
              (reason (str-cat "You already count " ?h " of the " ?m " skills for growing beyond your level as strengths.")))))

(defrule next-step-not-yet-ready "Counts against your next steps for now, since few of your level's growth skills are strengths yet."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch|lateral))
            (readiness (have ?h) (of ?m&:(> ?m 0)&:(< (/ ?h ?m) 0.3))))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.15) (n 70)
              (reason (if (= ?h 0)
                       then (str-cat "You do not count any of the " ?m " skills for growing beyond your level as strengths yet; building them comes first.")
                       else (str-cat "You count only " ?h " of the " ?m " skills for growing beyond your level as strengths so far; building them comes first."))))))

(defrule next-step-behaviour-already-there "Favours a move for each behaviour you already show that belongs to that level."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch|lateral))
            (answer (question behaviours) (value $? ?b $?))
            (placement-signal (question behaviours) (value ?b) (role ?t) (cf ?c&:(> ?c 0)))
            (question (id behaviours) (choices $?cs) (labels $?ls)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.2) (n (+ 80 (member$ ?b ?cs)))
              (reason (str-cat "You already show a behaviour expected at that level: '" (nth$ (member$ ?b ?cs) ?ls) "'.")))))

(defrule next-step-time-in-role "Favours a step forward a little, since you have spent two years or more in your current role."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch))
            (answer (question years-in-role) (value ?y&:(numberp ?y)&:(>= ?y 2))))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.1) (n 90)
              (reason (str-cat "You have spent " ?y " years in your current role.")))))

(defrule next-step-new-in-role "Counts against a step forward, since you have been in your current role for less than a year."
   (declare (salience -140))
   (logical (option (target ?t) (move promotion|ic-branch))
            (answer (question years-in-role) (value ?y&:(numberp ?y)&:(< ?y 1))))
   =>
   (assert (evidence (about next-step) (target ?t) (cf -0.2) (n 90)
              (reason "You have been in your current role for less than a year."))))

; --- next steps: the role they aim for ----------------------------------------------------

(defrule next-step-is-the-aim "Favours a move to the role you said you are aiming for."
   (declare (salience -140))
   (logical (option (target ?t) (advice ?a))
            (answer (question aspiration) (value ?t)))
   =>
   (assert (evidence (about ?a) (target ?t) (cf 0.3) (n 110)
              (reason "It is the role you said you are aiming for."))))

(defrule next-step-on-the-way-up "Favours a step that lies on the way to the more senior role you are aiming for."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track ladder|management) (level ?tl))
            (answer (question aspiration) (value ?aim&~?t))
            (role (id ?aim) (track management|adjacent) (level ?al&:(> ?al ?tl)) (title ?aim-title)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.15) (n 111)
              (reason (str-cat "It is on the way to " ?aim-title ", the role you are aiming for.")))))

(defrule next-step-on-the-way-deeper "Favours a rung that lies on the way to the individual-contributor role you are aiming for."
   (declare (salience -140))
   (logical (option (target ?t) (advice next-step))
            (role (id ?t) (track ladder) (level ?tl))
            (answer (question aspiration) (value ?aim&~?t))
            (role (id ?aim) (track individual-contributor) (level ?al&:(> ?al ?tl)) (title ?aim-title)))
   =>
   (assert (evidence (about next-step) (target ?t) (cf 0.15) (n 111)
              (reason (str-cat "It is on the way to " ?aim-title ", the role you are aiming for.")))))

; --- next steps for people outside product: the way in -----------------------------------

(defrule entry-by-route "Weighs the ways into product that your chosen route and what you bring with you open up."
   (declare (salience -140))
   (logical (placement (role aspiring-pm))
            (answer (question ?q&entry-route|background-assets) (value $? ?v $?))
            (entry-route (id ?v) (into $?into) (weights $?ws) (n ?n) (description ?d))
            (question (id ?q) (choices $?cs) (labels $?ls)))
   =>
   (bind ?why (str-cat "You answered '" (nth$ (member$ ?v ?cs) ?ls) "'. " ?d))
   (bind ?i 1)
   (while (<= ?i (length$ ?into)) do
      (assert (evidence (about next-step) (target (nth$ ?i ?into)) (cf (nth$ ?i ?ws)) (n ?n) (reason ?why)))
      (bind ?i (+ ?i 1))))

(defrule entry-with-little-experience "Favours starting as an associate PM rather than higher, since you have under two years of work."
   (declare (salience -140))
   (logical (placement (role aspiring-pm))
            (answer (question years-experience) (value ?y&:(numberp ?y)&:(< ?y 2))))
   =>
   (assert (evidence (about next-step) (target associate-pm) (cf 0.3) (n 140)
              (reason (str-cat "With " ?y " year(s) of work experience, the associate route is the usual way in.")))
           (evidence (about next-step) (target pm) (cf -0.4) (n 140)
              (reason (str-cat "With " ?y " year(s) of work experience, starting as a full PM is a stretch: it usually takes relevant experience from another field.")))
           (evidence (about next-step) (target senior-pm) (cf -0.6) (n 140)
              (reason "Starting as a Senior PM takes years of depth or leadership elsewhere."))))

(defrule entry-with-experience "Favours starting as a PM with five or more years of work, and counts against Senior PM below eight years."
   (declare (salience -140))
   (logical (placement (role aspiring-pm))
            (answer (question years-experience) (value ?y&:(numberp ?y)&:(>= ?y 5))))
   =>
   (assert (evidence (about next-step) (target pm) (cf 0.15) (n 140)
              (reason (str-cat "Your " ?y " years of work count as the relevant experience that lets people start as a Product Manager."))))
   (if (< ?y 8)
    then (assert (evidence (about next-step) (target senior-pm) (cf -0.3) (n 140)
                    (reason (str-cat "Starting as a Senior PM usually takes more than " ?y " years of experience elsewhere."))))))

; --- alternatives: neighbouring fields and the roles beyond the top -----------------------

(defrule alternative-fit "Explains how a neighbouring role suits you when something that energises you points to it."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (advice alternative))
            (transition (from $? ?r $?) (to ?t) (interests $?in) (fit ?fit&~""))
            (exists (answer (question energisers) (value $? ?e&:(member$ ?e ?in) $?))))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.1) (n 19) (reason ?fit))))

(defrule alternative-interest "Favours a neighbouring role for each thing you find energising that the role draws on."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (advice alternative))
            (transition (from $? ?r $?) (to ?t) (interests $? ?e $?))
            (answer (question energisers) (value $? ?e $?))
            (question (id energisers) (choices $?cs) (labels $?ls)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.45) (n (+ 20 (member$ ?e ?cs)))
              (reason (str-cat "You picked '" (nth$ (member$ ?e ?cs) ?ls) "' as something that gives you energy.")))))

(defrule alternative-strength "Favours a neighbouring role that draws on one of your strengths and matches what energises you."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (advice alternative))
            (transition (from $? ?r $?) (to ?t) (interests $?in) (strengths $? ?s $?))
            (exists (answer (question energisers) (value $? ?e&:(member$ ?e ?in) $?)))
            (answer (question strengths) (value $? ?s $?))
            (question (id strengths) (choices $?cs) (labels $?ls)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.3) (n (+ 40 (member$ ?s ?cs)))
              (reason (str-cat "Colleagues would name '" (nth$ (member$ ?s ?cs) ?ls) "' among your strengths, and this role relies on it.")))))

; The roles beyond the top do not need a matching interest: their base weight already says
; that product leaders are sought for them.
(defrule alternative-strength-beyond-the-top "Favours GM or COO for each of your strengths they draw on, even without a matching interest."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (move beyond))
            (transition (from $? ?r $?) (to ?t) (interests $?in) (strengths $? ?s $?))
            (not (answer (question energisers) (value $? ?e&:(member$ ?e ?in) $?)))
            (answer (question strengths) (value $? ?s $?))
            (question (id strengths) (choices $?cs) (labels $?ls)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.3) (n (+ 40 (member$ ?s ?cs)))
              (reason (str-cat "Colleagues would name '" (nth$ (member$ ?s ?cs) ?ls) "' among your strengths, and this role relies on it.")))))

(defrule alternative-wants-to-pivot "Favours neighbouring roles that match what energises you, since you want to move sideways."
   (declare (salience -140))
   (logical (placement (role ?r))
            (option (target ?t) (advice alternative))
            (answer (question goal) (value pivot))
            (transition (from $? ?r $?) (to ?t) (interests $?in))
            (exists (answer (question energisers) (value $? ?e&:(member$ ?e ?in) $?))))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.3) (n 11)
              (reason "You want to move sideways, and what energises you points this way."))))

(defrule alternative-while-staying-on-ladder "Counts against leaving product, since you want to stay on the ladder and move up or go deeper."
   (declare (salience -140))
   (logical (option (target ?t) (move adjacent))
            (answer (question goal) (value climb|deepen)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf -0.3) (n 12)
              (reason "Your goal is to stay on the product ladder, so this is a side option rather than a plan."))))

(defrule alternative-leads-people "Favours GM or COO, since you enjoy leading people."
   (declare (salience -140))
   (logical (option (target ?t&gm|coo) (advice alternative))
            (answer (question people-leadership) (value enjoy)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf 0.15) (n 30)
              (reason "You enjoy leading people, which this role does across a whole business."))))

(defrule alternative-avoids-selling "Counts against roles full of selling, since you would rather not sell or negotiate."
   (declare (salience -140))
   (logical (option (target ?t&business-development|founder|gm) (advice alternative))
            (answer (question avoid) (value $? selling $?)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf -0.4) (n 55)
              (reason "You would rather not sell or negotiate, and this role does a lot of both."))))

(defrule alternative-innovation-in-large-company "Favours an innovation role, since you work in an established or large company."
   (declare (salience -140))
   (logical (option (target innovation-lead) (advice alternative))
            (answer (question company-stage) (value established|enterprise))
            (org-fact (id innovation-in-large-companies) (text ?why)))
   =>
   (assert (evidence (about alternative) (target innovation-lead) (cf 0.15) (n 100)
              (reason (str-cat "You work in an established or large company. " ?why)))))

(defrule alternative-innovation-in-startup "Counts against an innovation role, since you work at an early-stage startup."
   (declare (salience -140))
   (logical (option (target innovation-lead) (advice alternative))
            (answer (question company-stage) (value early))
            (org-fact (id innovation-in-large-companies) (text ?why)))
   =>
   (assert (evidence (about alternative) (target innovation-lead) (cf -0.2) (n 100)
              (reason (str-cat "You work at an early-stage startup. " ?why " This would probably mean moving to one.")))))

(defrule alternative-operations-in-growing-company "Favours an operations role, since you work in a scaling or large company."
   (declare (salience -140))
   (logical (option (target operations-manager) (advice alternative))
            (answer (question company-stage) (value scaleup|enterprise))
            (org-fact (id operations-in-scaling-companies) (text ?why)))
   =>
   (assert (evidence (about alternative) (target operations-manager) (cf 0.1) (n 100)
              (reason (str-cat "You work in a scaling or large company. " ?why)))))

(defrule alternative-founder-from-startup "Favours founding a company, since you already work at a startup."
   (declare (salience -140))
   (logical (option (target founder) (advice alternative))
            (answer (question company-stage) (value early|scaleup)))
   =>
   (assert (evidence (about alternative) (target founder) (cf 0.1) (n 100)
              (reason "You already work at a startup, where wearing many hats is normal, as it is for a founder."))))

(defrule alternative-foundations-first "Counts against leaving product for now, since you are early in your product career."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 1)&:(<= ?l 2)))
            (option (target ?t) (move adjacent)))
   =>
   (assert (evidence (about alternative) (target ?t) (cf -0.3) (n 101)
              (reason "You are early in your product career; building the foundations of the craft first keeps every later door open."))))

; --- skills to build ------------------------------------------------------------------------

(defrule skill-for-next-level "Suggests each skill your level calls for to get ready for the next step."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (title ?title) (grow-skills $? ?s $?))
            (skill (id ?s)))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.5) (n 10)
              (reason (if (eq ?r aspiring-pm)
                       then "It is one of the basics a first product role is built on."
                       else (str-cat "It is one of the skills to build as " ?title " to get ready for the next step."))))))

(defrule skill-of-the-craft "Suggests the day-to-day craft skills of your role, since you are early in your product career."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (title ?title) (level ?l&:(>= ?l 1)&:(<= ?l 3)) (core-skills $? ?s $?))
            (skill (id ?s)))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.3) (n 15)
              (reason (str-cat "It is part of the day-to-day craft of a " ?title "; early in a product career, hands-on skills drive growth.")))))

(defrule skill-not-yet-a-strength "Suggests a skill more strongly, since you did not pick it as one of your strengths."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (skills-question ?q))
            (question (id ?q) (choices $? ?s $?))
            (skill (id ?s))
            (answer (question ?q) (value $?v&:(not (member$ unknown ?v))&:(not (member$ ?s ?v)))))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.15) (n 30)
              (reason "You did not pick it as one of your strengths."))))

(defrule skill-already-a-strength "Counts against suggesting a skill you already count as a strength."
   (declare (salience -140))
   (logical (question (id ?q) (theme skills))
            (answer (question ?q) (value $? ?s $?))
            (skill (id ?s)))
   =>
   (assert (evidence (about skill) (target ?s) (cf -0.8) (n 40)
              (reason "You already count it as a strength."))))

(defrule skill-covered-by-technical-background "Counts against suggesting technical curiosity, since you bring a technical background."
   (declare (salience -140))
   (logical (answer (question background-assets) (value $? technical-background $?)))
   =>
   (assert (evidence (about skill) (target technical-curiosity) (cf -0.4) (n 45)
              (reason "You bring a technical background, which usually covers this."))))

(defrule skill-for-the-ic-track "Stresses systems thinking, influence and handling ambiguity, since you want to go deeper as a senior IC."
   (declare (salience -140))
   (logical (answer (question goal) (value deepen))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 4)))
            (skill (id ?s&systems-thinking|cross-org-influence|leading-ambiguity)))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.25) (n 50)
              (reason "On the individual-contributor track, influence without authority and clarity in ambiguity are the job itself."))))

(defrule skill-for-first-management-step "Stresses mentoring, since you want to move up from Senior PM and are open to managing people."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (placement (role senior-pm))
            (not (answer (question people-leadership) (value dislike)))
            (skill (id mentorship)))
   =>
   (assert (evidence (about skill) (target mentorship) (cf 0.25) (n 51)
              (reason "You want to move up, which above Senior PM mostly means leading PMs; mentoring is the bridge to managing them."))))

(defrule skill-for-working-through-others "Stresses stakeholder management and influence, since you want to move up from PM."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (placement (role pm))
            (skill (id ?s&stakeholder-management|influence)))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.15) (n 52)
              (reason "Moving up depends more and more on getting things done through people you do not control."))))

(defrule skill-for-executive-trust "Stresses working with executives and portfolio trade-offs, since you want to climb from Group PM or Director."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (placement (role group-pm|director-of-product))
            (skill (id ?s&exec-collaboration|portfolio-tradeoffs)))
   =>
   (assert (evidence (about skill) (target ?s) (cf 0.2) (n 53)
              (reason "Executive roles are won on the trust of other executives and on defending where the portfolio invests."))))

(defrule skill-for-ambiguity "Stresses leading through ambiguity, since you would rather avoid it and each level above brings more."
   (declare (salience -140))
   (logical (answer (question avoid) (value $? ambiguity $?))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 3)))
            (skill (id leading-ambiguity)))
   =>
   (assert (evidence (about skill) (target leading-ambiguity) (cf 0.2) (n 60)
              (reason "Problems without structure drain you, and each level above this one brings more of them."))))

(defrule skill-for-running-a-business "Stresses business-model fluency, since you aim to be CPO, GM or COO."
   (declare (salience -140))
   (logical (answer (question aspiration) (value gm|coo|cpo))
            (skill (id business-model)))
   =>
   (assert (evidence (about skill) (target business-model) (cf 0.25) (n 70)
              (reason "The role you aim for is judged on the business itself: P&L, costs and returns."))))

; --- cautions ---------------------------------------------------------------------------------

(defrule caution-climbing-without-appetite "Warns you when you want to move up but would rather not manage people."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (answer (question people-leadership) (value dislike)))
   =>
   (assert (evidence (about caution) (target management-without-appetite) (cf 0.5) (n 10)
              (reason "You want to move up, yet you would rather not manage people; on the product ladder, moving up mostly means leading people."))))

(defrule caution-aiming-at-management-without-appetite "Warns you when you aim for a management role but would rather not manage people."
   (declare (salience -140))
   (logical (answer (question aspiration) (value ?aim))
            (role (id ?aim) (track management) (title ?aim-title))
            (answer (question people-leadership) (value dislike)))
   =>
   (assert (evidence (about caution) (target management-without-appetite) (cf 0.5) (n 11)
              (reason (str-cat "You aim to become " ?aim-title ", a role built on leading people, while you would rather avoid managing them.")))))

(defrule caution-aiming-at-management-avoiding-people-issues "Warns you when you aim for a management role but would rather avoid hiring and performance talks."
   (declare (salience -140))
   (logical (answer (question aspiration) (value ?aim))
            (role (id ?aim) (track management) (title ?aim-title))
            (answer (question avoid) (value $? people-issues $?)))
   =>
   (assert (evidence (about caution) (target management-without-appetite) (cf 0.3) (n 12)
              (reason (str-cat "You aim to become " ?aim-title " but would rather avoid hiring and performance conversations.")))))

(defrule caution-executive-far-from-users "Warns you when you aim for VP or CPO but want to stay hands-on and close to users."
   (declare (salience -140))
   (logical (answer (question aspiration) (value vp-of-product|cpo))
            (answer (question avoid) (value $? losing-hands-on $?)))
   =>
   (assert (evidence (about caution) (target executive-reality) (cf 0.5) (n 10)
              (reason "You aim for an executive product role but want to stay close to users and hands-on work."))))

(defrule caution-executive-reviews "Warns you when you aim for VP or CPO but would rather avoid strategy reviews and politics."
   (declare (salience -140))
   (logical (answer (question aspiration) (value vp-of-product|cpo))
            (answer (question avoid) (value $? strategy-reviews $?)))
   =>
   (assert (evidence (about caution) (target executive-reality) (cf 0.5) (n 11)
              (reason "You aim for an executive product role but would rather avoid strategy reviews, budgets and executive politics."))))

(defrule caution-executive-craft-lover "Warns you when you aim for VP or CPO but deep work on product problems is what energises you."
   (declare (salience -140))
   (logical (answer (question aspiration) (value vp-of-product|cpo))
            (answer (question energisers) (value $? deep-craft $?)))
   =>
   (assert (evidence (about caution) (target executive-reality) (cf 0.2) (n 12)
              (reason "Going deep on product problems yourself is what energises you, and executives do little of it."))))

(defrule caution-title-and-work-differ "Warns you when your title and the level your answers place you at do not match."
   (declare (salience -140))
   (logical (placement (role ?p))
            (role (id ?p) (level ?lp) (title ?ptitle))
            (answer (question current-title) (value ?t&~?p))
            (role (id ?t) (level ?lt&~?lp) (title ?ttitle))
            (org-fact (id titles-vary) (text ?why)))
   =>
   (assert (evidence (about caution) (target title-mismatch) (cf 0.5) (n 10)
              (reason (str-cat "Your title is " ?ttitle ", but what you own and how you work look more like " ?ptitle ". " ?why)))))

(defrule caution-feeling-behind "Reminds you that careers move at different speeds, since you said you feel behind."
   (declare (salience -140))
   (logical (answer (question feel-behind) (value yes))
            (growth-timeline (id five-years) (years ?a))
            (growth-timeline (id ten-years) (years ?b))
            (growth-timeline (id twenty-plus-years) (years ?c)))
   =>
   (assert (evidence (about caution) (target timeline-pressure) (cf 0.6) (n 10)
              (reason (str-cat "You feel behind. Reaching senior leadership in about " ?a " years, in " ?b ", or in " ?c " and more are all legitimate paths.")))))

(defrule caution-startup-hats "Warns you when work outside product may crowd out your core skills early in your career."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 1)&:(<= ?l 2)))
            (answer (question startup-hats) (value yes))
            (org-fact (id startup-scope) (text ?why)))
   =>
   (assert (evidence (about caution) (target startup-firefighting) (cf 0.6) (n 10)
              (reason (str-cat "Much of your week goes on work outside product. " ?why)))))

(defrule caution-few-pms-to-lead "Warns you when you want to move up but your company has too few PMs for a Group PM."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (placement (role pm|senior-pm))
            (answer (question pm-count) (value ?k&:(numberp ?k)&:(<= ?k 2)))
            (org-fact (id group-pm-trigger) (text ?why)))
   =>
   (assert (evidence (about caution) (target no-room-for-group-pm) (cf 0.5) (n 10)
              (reason (str-cat "Your company has " ?k " product manager(s) in all. " ?why)))))

(defrule caution-new-in-role "Warns you when you want to move up in your first year in your current role."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (answer (question years-in-role) (value ?y&:(numberp ?y)&:(< ?y 1))))
   =>
   (assert (evidence (about caution) (target too-early-to-move) (cf 0.4) (n 10)
              (reason "You want to move up, but you have been in your current role for less than a year."))))

(defrule caution-small-company-ceiling "Warns you when you want to move up but product development at your company is still small."
   (declare (salience -140))
   (logical (answer (question goal) (value climb))
            (placement (role group-pm|director-of-product|head-of-product))
            (org-fact (id single-leader-threshold) (value ?limit) (text ?why))
            (answer (question team-size) (value ?k&:(numberp ?k)&:(<= ?k ?limit))))
   =>
   (assert (evidence (about caution) (target small-org-ceiling) (cf 0.4) (n 10)
              (reason (str-cat "About " ?k " people work in product development at your company. " ?why)))))

(defrule caution-large-product-development "Reminds you, as a senior leader in a large product organisation, to keep it working as one team."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (track management) (level ?l&:(>= ?l 6)))
            (org-fact (id single-leader-threshold) (value ?limit) (text ?why))
            (answer (question team-size) (value ?k&:(numberp ?k)&:(> ?k ?limit))))
   =>
   (assert (evidence (about caution) (target unified-product-development) (cf 0.35) (n 10)
              (reason (str-cat "About " ?k " people work in product development at your company. " ?why)))))

(defrule caution-technology-lover-heading-for-cpo "Warns you when you aim for VP or CPO but the technology itself is what energises you."
   (declare (salience -140))
   (logical (answer (question aspiration) (value vp-of-product|cpo))
            (answer (question energisers) (value $? technical-depth $?))
            (org-fact (id cpo-versus-cto) (text ?why)))
   =>
   (assert (evidence (about caution) (target cto-boundary) (cf 0.4) (n 10)
              (reason (str-cat "The technology underneath is what energises you, and you aim for the top product job. " ?why)))))

(defrule caution-technology-lover-at-the-top "Warns you when you hold a top product job but the technology itself is what energises you."
   (declare (salience -140))
   (logical (placement (role ?r))
            (role (id ?r) (track management) (level ?l&:(>= ?l 7)))
            (answer (question energisers) (value $? technical-depth $?))
            (org-fact (id cpo-versus-cto) (text ?why)))
   =>
   (assert (evidence (about caution) (target cto-boundary) (cf 0.4) (n 11)
              (reason (str-cat "The technology underneath is what energises you, and you hold the top product job. " ?why)))))

(defrule caution-pivot-without-a-pull "Warns you when you want to move sideways but nothing you find energising points to a neighbouring role."
   (declare (salience -140))
   (logical (person-stage (is in-product))
            (answer (question goal) (value pivot))
            (answer (question energisers) (value $?))
            (not (and (answer (question energisers) (value $? ?e $?))
                      (transition (kind adjacent) (interests $? ?e $?)))))
   =>
   (assert (evidence (about caution) (target pivot-without-fit) (cf 0.5) (n 10)
              (reason "You want to move sideways, but nothing you picked as energising matches the usual neighbouring roles."))))

(defrule caution-unsure-of-direction "Suggests you define success for yourself, since you are not sure what you want next."
   (declare (salience -140))
   (logical (answer (question goal) (value unsure))
            (org-fact (id success-on-your-terms) (text ?why)))
   =>
   (assert (evidence (about caution) (target define-success) (cf 0.45) (n 10)
              (reason (str-cat "You are not sure yet what you want from your next move. " ?why)))))

; --- one recommendation per (kind, target) from the combined certainty --------------------

(defrule recommend-role "Recommends each next step or alternative whose combined certainty is high enough."
   (declare (salience -200))
   (logical (cf-total (about ?k&next-step|alternative) (target ?t) (cf ?c&:(>= ?c ?*advice-threshold*)) (reasons $?why))
            (role (id ?t) (title ?title) (purpose ?detail)))
   =>
   (assert (recommendation (kind ?k) (target ?t) (title ?title) (detail ?detail) (certainty ?c) (because ?why))))

(defrule recommend-skill "Recommends each skill to build whose combined certainty is high enough."
   (declare (salience -200))
   (logical (cf-total (about skill) (target ?s) (cf ?c&:(>= ?c ?*advice-threshold*)) (reasons $?why))
            (skill (id ?s) (name ?title) (definition ?detail)))
   =>
   (assert (recommendation (kind skill) (target ?s) (title ?title) (detail ?detail) (certainty ?c) (because ?why))))

(defrule recommend-caution "Raises each caution whose combined certainty is high enough."
   (declare (salience -200))
   (logical (cf-total (about caution) (target ?id) (cf ?c&:(>= ?c ?*advice-threshold*)) (reasons $?why))
            (caution-info (id ?id) (title ?title) (advice ?detail)))
   =>
   (assert (recommendation (kind caution) (target ?id) (title ?title) (detail ?detail) (certainty ?c) (because ?why))))
