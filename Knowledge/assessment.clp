; assessment.clp -- placing the person on the ladder, and how ready they are to move on.
;
; A title alone is weak evidence: titles vary between companies.  What a person owns (scope),
; how they work (behaviour), whom they lead and, lightly, how long they have been in product
; all add evidence for one role or another.  Most of that evidence is data: a
; `placement-signal` says that a given answer value points to (or away from) a role with a
; certainty factor and a reason.  Numeric answers have their own rules.  The role with the
; highest combined certainty becomes the `placement` (ties go to the lower `order`).
; An answer counts as placement evidence only while its question is asked: when a revised
; answer makes a follow-up question irrelevant (no PMs report to you after all), the
; follow-up's answer stops counting too.
; Readiness for the next step is the share of the level's growth skills the person already
; counts as strengths.

(defglobal ?*placement-threshold* = 0.2)

; An answer value that is evidence for or against a role.
(deftemplate placement-signal
   (slot question (type SYMBOL))
   (slot value (type SYMBOL))
   (slot role (type SYMBOL))
   (slot cf (type FLOAT))
   (slot n (type INTEGER))
   (slot reason (type STRING)))

; How many of the growth skills of the current level are already strengths.
(deftemplate readiness
   (slot role (type SYMBOL))
   (slot have (type INTEGER))
   (slot of (type INTEGER))
   (multislot missing (type SYMBOL)))

(deffacts title-signals
   (placement-signal (question current-title) (value student) (role aspiring-pm) (cf 0.85) (n 100)
      (reason "You are not in a product role yet: you are a student or a recent graduate."))
   (placement-signal (question current-title) (value engineer) (role aspiring-pm) (cf 0.85) (n 100)
      (reason "You are not in a product role yet: you work as an engineer or in another technical role."))
   (placement-signal (question current-title) (value designer) (role aspiring-pm) (cf 0.85) (n 100)
      (reason "You are not in a product role yet: you work in design or user research."))
   (placement-signal (question current-title) (value other-professional) (role aspiring-pm) (cf 0.85) (n 100)
      (reason "You are not in a product role yet: you work in another field."))
   (placement-signal (question current-title) (value business-analyst) (role business-analyst) (cf 0.4) (n 100)
      (reason "Your title is Business Analyst. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value product-owner) (role product-owner) (cf 0.4) (n 100)
      (reason "Your title is Product Owner. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value associate-pm) (role associate-pm) (cf 0.4) (n 100)
      (reason "Your title is Associate or Junior PM. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value pm) (role pm) (cf 0.4) (n 100)
      (reason "Your title is Product Manager. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value senior-pm) (role senior-pm) (cf 0.4) (n 100)
      (reason "Your title is Senior or Lead PM. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value principal-pm) (role principal-pm) (cf 0.4) (n 100)
      (reason "Your title is Principal or Staff PM. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value product-architect) (role product-architect) (cf 0.4) (n 100)
      (reason "Your title is Product Architect. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value group-pm) (role group-pm) (cf 0.4) (n 100)
      (reason "Your title is Group PM. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value director-of-product) (role director-of-product) (cf 0.4) (n 100)
      (reason "Your title is Director of Product. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value head-of-product) (role head-of-product) (cf 0.4) (n 100)
      (reason "Your title is Head of Product. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value vp-of-product) (role vp-of-product) (cf 0.4) (n 100)
      (reason "Your title is VP of Product. Titles vary between companies, so a title counts for less than what you own and how you work."))
   (placement-signal (question current-title) (value cpo) (role cpo) (cf 0.4) (n 100)
      (reason "Your title is Chief Product Officer. Titles vary between companies, so a title counts for less than what you own and how you work.")))

(deffacts scope-signals
   (placement-signal (question scope) (value specs) (role business-analyst) (cf 0.5) (n 200)
      (reason "You write detailed specifications while others set the priorities: the business analyst's job."))
   (placement-signal (question scope) (value backlog) (role product-owner) (cf 0.45) (n 200)
      (reason "You write the stories and decide the order of the backlog: the product owner's job."))
   (placement-signal (question scope) (value backlog) (role associate-pm) (cf 0.4) (n 200)
      (reason "You specify and prioritise a backlog, which many companies give to an Associate PM."))
   (placement-signal (question scope) (value feature) (role associate-pm) (cf 0.5) (n 200)
      (reason "Your patch is one small, well-bounded feature of a bigger product: typical of an Associate PM."))
   (placement-signal (question scope) (value product-area) (role pm) (cf 0.5) (n 200)
      (reason "You own a product or feature area end to end, including its roadmap: the heart of the Product Manager role."))
   (placement-signal (question scope) (value domain) (role senior-pm) (cf 0.45) (n 200)
      (reason "You own a whole domain or user journey across teams: the scope of a Senior PM."))
   (placement-signal (question scope) (value domain) (role principal-pm) (cf 0.3) (n 200)
      (reason "You own a whole domain or user journey across teams, where principal-level individual contributors also work."))
   (placement-signal (question scope) (value domain) (role product-architect) (cf 0.25) (n 200)
      (reason "You own a whole domain or user journey across teams, where product architects also work."))
   (placement-signal (question scope) (value portfolio) (role group-pm) (cf 0.4) (n 200)
      (reason "You look after a portfolio of products or teams: the scope of a Group PM."))
   (placement-signal (question scope) (value portfolio) (role director-of-product) (cf 0.4) (n 200)
      (reason "You look after a portfolio of products or teams: the scope of a Director of Product."))
   (placement-signal (question scope) (value organisation) (role vp-of-product) (cf 0.4) (n 200)
      (reason "You are responsible for the whole product function: the scope of the top product job, here as VP of Product."))
   (placement-signal (question scope) (value organisation) (role head-of-product) (cf 0.4) (n 200)
      (reason "You are responsible for the whole product function: the scope of the top product job, here as Head of Product."))
   (placement-signal (question scope) (value organisation) (role cpo) (cf 0.4) (n 200)
      (reason "You are responsible for the whole product function: the scope of the top product job, here as CPO.")))

(deffacts behaviour-signals
   (placement-signal (question behaviours) (value ship-reliably) (role associate-pm) (cf 0.25) (n 301)
      (reason "You reliably finish small, well-defined work and keep the team moving: what success looks like on the first rung."))
   (placement-signal (question behaviours) (value ship-reliably) (role product-owner) (cf 0.15) (n 301)
      (reason "You reliably finish small, well-defined work and keep the team moving, as a product owner does."))
   (placement-signal (question behaviours) (value ship-reliably) (role business-analyst) (cf 0.1) (n 301)
      (reason "You reliably finish small, well-defined work, as a business analyst does."))
   (placement-signal (question behaviours) (value own-problems) (role pm) (cf 0.3) (n 302)
      (reason "You own problems rather than tasks and make decisions on your own: the mark of a mid-level PM."))
   (placement-signal (question behaviours) (value shape-direction) (role senior-pm) (cf 0.3) (n 303)
      (reason "You set the long-term direction of your area and bring leadership along, as a Senior PM is expected to."))
   (placement-signal (question behaviours) (value shape-direction) (role principal-pm) (cf 0.2) (n 303)
      (reason "You set the long-term direction of your area and bring leadership along, as principal PMs do."))
   (placement-signal (question behaviours) (value mentor-pms) (role senior-pm) (cf 0.2) (n 304)
      (reason "Other PMs grow faster with your coaching, which is expected of a Senior PM."))
   (placement-signal (question behaviours) (value mentor-pms) (role principal-pm) (cf 0.15) (n 304)
      (reason "Other PMs grow faster with your coaching, as they do around a principal PM who mentors without managing."))
   (placement-signal (question behaviours) (value cross-team-expert) (role principal-pm) (cf 0.35) (n 305)
      (reason "People across teams bring you their hardest, most ambiguous product calls: the defining trait of a principal-level individual contributor."))
   (placement-signal (question behaviours) (value cross-team-expert) (role product-architect) (cf 0.3) (n 305)
      (reason "People across teams bring you their hardest product calls, as they do to a product architect."))
   (placement-signal (question behaviours) (value build-teams) (role group-pm) (cf 0.3) (n 306)
      (reason "You hire, coach and organise a team of PMs: the work of a Group PM."))
   (placement-signal (question behaviours) (value build-teams) (role director-of-product) (cf 0.3) (n 306)
      (reason "You hire, coach and organise a team of PMs: the work of a Director of Product."))
   (placement-signal (question behaviours) (value company-bets) (role vp-of-product) (cf 0.3) (n 307)
      (reason "You shape company-level bets and speak for product to the board or investors: executive work."))
   (placement-signal (question behaviours) (value company-bets) (role head-of-product) (cf 0.3) (n 307)
      (reason "You shape company-level bets and speak for product to the board or investors: executive work."))
   (placement-signal (question behaviours) (value company-bets) (role cpo) (cf 0.35) (n 307)
      (reason "You shape company-level bets and speak for product to the board or investors, as a CPO does.")))

(deffacts people-signals
   (placement-signal (question manages-pms) (value yes) (role group-pm) (cf 0.35) (n 400)
      (reason "Product managers report to you directly: leading PMs is what a Group PM does."))
   (placement-signal (question manages-pms) (value yes) (role director-of-product) (cf 0.2) (n 400)
      (reason "Product managers report to you directly, as they do to a Director of Product."))
   (placement-signal (question manages-pms) (value yes) (role head-of-product) (cf 0.15) (n 400)
      (reason "Product managers report to you directly, as they do to the top product person in a smaller company."))
   (placement-signal (question manages-pms) (value yes) (role principal-pm) (cf -0.4) (n 400)
      (reason "Product managers report to you, while principal and staff PMs have no direct reports."))
   (placement-signal (question manages-pms) (value yes) (role product-architect) (cf -0.4) (n 400)
      (reason "Product managers report to you, while product architects have no direct reports."))
   (placement-signal (question manages-pms) (value yes) (role pm) (cf -0.3) (n 400)
      (reason "Product managers report to you, which is unusual for a Product Manager."))
   (placement-signal (question manages-pms) (value yes) (role senior-pm) (cf -0.15) (n 400)
      (reason "Product managers report to you; a Senior PM usually mentors rather than manages, and one who manages PMs is on the way to Group PM."))
   (placement-signal (question manages-pms) (value no) (role group-pm) (cf -0.5) (n 400)
      (reason "No product managers report to you, and leading PMs is the core of the Group PM role."))
   (placement-signal (question manages-pms) (value no) (role director-of-product) (cf -0.6) (n 400)
      (reason "No product managers report to you, and a Director of Product leads a product team."))
   (placement-signal (question manages-pms) (value no) (role head-of-product) (cf -0.5) (n 400)
      (reason "No product managers report to you, and a Head of Product leads the product team."))
   (placement-signal (question manages-pms) (value no) (role vp-of-product) (cf -0.6) (n 400)
      (reason "No product managers report to you, and a VP of Product leads the product organisation."))
   (placement-signal (question manages-pms) (value no) (role cpo) (cf -0.6) (n 400)
      (reason "No product managers report to you, and a CPO leads the whole product organisation."))
   (placement-signal (question manages-managers) (value yes) (role director-of-product) (cf 0.3) (n 410)
      (reason "Some of your reports manage PMs themselves: you lead leaders, as a Director does."))
   (placement-signal (question manages-managers) (value yes) (role vp-of-product) (cf 0.25) (n 410)
      (reason "Some of your reports manage PMs themselves: you lead leaders, as a VP does."))
   (placement-signal (question manages-managers) (value yes) (role head-of-product) (cf 0.2) (n 410)
      (reason "Some of your reports manage PMs themselves: you lead leaders, as a Head of Product does."))
   (placement-signal (question manages-managers) (value yes) (role cpo) (cf 0.25) (n 410)
      (reason "Some of your reports manage PMs themselves: you lead leaders, as a CPO does."))
   (placement-signal (question manages-managers) (value yes) (role group-pm) (cf -0.3) (n 410)
      (reason "Some of your reports manage PMs themselves, which goes beyond the usual Group PM remit."))
   (placement-signal (question manages-managers) (value no) (role director-of-product) (cf -0.15) (n 410)
      (reason "None of your reports manage PMs, while a Director often leads other leaders."))
   (placement-signal (question manages-managers) (value no) (role vp-of-product) (cf -0.3) (n 410)
      (reason "None of your reports manage PMs, while a VP of Product usually leads other leaders."))
   (placement-signal (question manages-managers) (value no) (role head-of-product) (cf -0.15) (n 410)
      (reason "None of your reports manage PMs, while a Head of Product often leads other leaders."))
   (placement-signal (question manages-managers) (value no) (role cpo) (cf -0.35) (n 410)
      (reason "None of your reports manage PMs, while a CPO usually leads other leaders."))
   (placement-signal (question hands-on) (value mostly-hands-on) (role group-pm) (cf 0.25) (n 420)
      (reason "You still run a squad yourself, as a new Group PM often does before leadership takes over."))
   (placement-signal (question hands-on) (value mostly-hands-on) (role director-of-product) (cf -0.2) (n 420)
      (reason "Most of your week is hands-on, while a Director has moved from doing product work to leading it."))
   (placement-signal (question hands-on) (value mostly-hands-on) (role vp-of-product) (cf -0.3) (n 420)
      (reason "Most of your week is hands-on, while a VP is far from day-to-day product work."))
   (placement-signal (question hands-on) (value mostly-hands-on) (role cpo) (cf -0.3) (n 420)
      (reason "Most of your week is hands-on, while a CPO is far from day-to-day product work."))
   (placement-signal (question hands-on) (value mixed) (role group-pm) (cf 0.2) (n 420)
      (reason "Your week is split between hands-on work and leading PMs, the balance of a Group PM."))
   (placement-signal (question hands-on) (value mostly-leading) (role director-of-product) (cf 0.2) (n 420)
      (reason "Your time goes on leading, hiring and strategy rather than hands-on work, as a Director's does."))
   (placement-signal (question hands-on) (value mostly-leading) (role vp-of-product) (cf 0.2) (n 420)
      (reason "Your time goes on leading, hiring and strategy rather than hands-on work, as an executive's does."))
   (placement-signal (question hands-on) (value mostly-leading) (role head-of-product) (cf 0.2) (n 420)
      (reason "Your time goes on leading, hiring and strategy rather than hands-on work, as an executive's does."))
   (placement-signal (question hands-on) (value mostly-leading) (role cpo) (cf 0.2) (n 420)
      (reason "Your time goes on leading, hiring and strategy rather than hands-on work, as an executive's does.")))

; --- evidence from the signals ------------------------------------------------------------

(defrule placement-evidence-from-signal "Counts each answer that points to, or away from, a level as evidence about placing you there."
   (logical (ask (question ?q))
            (answer (question ?q) (value $? ?v $?))
            (placement-signal (question ?q) (value ?v) (role ?r) (cf ?c) (n ?n) (reason ?why)))
   =>
   (assert (evidence (about placement) (target ?r) (cf ?c) (n ?n) (reason ?why))))

; --- evidence from numbers: time is one dimension of seniority, and a light one ----------

(defrule placement-evidence-new-to-product "Counts under two years in product as light evidence that you are in a first product role."
   (logical (ask (question years-in-product))
            (answer (question years-in-product) (value ?y&:(numberp ?y)&:(< ?y 2)))
            (seniority-dimension (id time) (title ?dim)))
   =>
   (bind ?why (str-cat "You have " ?y " year(s) in product, typical of a first product role. (" ?dim " is only one dimension of seniority.)"))
   (assert (evidence (about placement) (target associate-pm) (cf 0.2) (n 500) (reason ?why))
           (evidence (about placement) (target product-owner) (cf 0.1) (n 500) (reason ?why))
           (evidence (about placement) (target business-analyst) (cf 0.1) (n 500) (reason ?why))))

(defrule placement-evidence-some-years "Counts two to five years in product as light evidence that you are a mid-level PM."
   (logical (ask (question years-in-product))
            (answer (question years-in-product) (value ?y&:(numberp ?y)&:(>= ?y 2)&:(< ?y 5)))
            (seniority-dimension (id time) (title ?dim)))
   =>
   (assert (evidence (about placement) (target pm) (cf 0.2) (n 500)
              (reason (str-cat "You have " ?y " years in product, common for a mid-level PM. (" ?dim " is only one dimension of seniority.)")))))

(defrule placement-evidence-many-years "Counts five to ten years in product as light evidence that you are a Senior PM."
   (logical (ask (question years-in-product))
            (answer (question years-in-product) (value ?y&:(numberp ?y)&:(>= ?y 5)&:(< ?y 10)))
            (seniority-dimension (id time) (title ?dim)))
   =>
   (assert (evidence (about placement) (target senior-pm) (cf 0.15) (n 500)
              (reason (str-cat "You have " ?y " years in product, common for a Senior PM. (" ?dim " is only one dimension of seniority.)")))))

(defrule placement-evidence-small-team "Counts one to six PMs reporting to you as evidence that you are a Group PM."
   (logical (ask (question pm-reports))
            (answer (question pm-reports) (value ?k&:(numberp ?k)&:(>= ?k 1)&:(<= ?k 6))))
   =>
   (assert (evidence (about placement) (target group-pm) (cf 0.2) (n 510)
              (reason (str-cat ?k " product manager(s) report to you, the size of a team a Group PM leads.")))))

(defrule placement-evidence-large-team "Counts more than six PMs reporting to you as evidence that you are a Director of Product."
   (logical (ask (question pm-reports))
            (answer (question pm-reports) (value ?k&:(numberp ?k)&:(> ?k 6))))
   =>
   (assert (evidence (about placement) (target director-of-product) (cf 0.25) (n 510)
              (reason (str-cat ?k " product managers report to you, more than one group usually holds.")))))

; --- evidence from the company: what the top product job is called ----------------------

(defrule placement-evidence-top-job-in-small-company "Counts leading all of product at a startup as evidence that you are Head of Product."
   (logical (ask (question scope))
            (answer (question scope) (value organisation))
            (answer (question company-stage) (value early|scaleup)))
   =>
   (assert (evidence (about placement) (target head-of-product) (cf 0.15) (n 520)
              (reason "You lead all of product at a startup, where the top product job is most often called Head of Product."))))

(defrule placement-evidence-top-job-in-large-company "Counts leading all of product at a large enterprise as evidence that you are CPO."
   (logical (ask (question scope))
            (answer (question scope) (value organisation))
            (answer (question company-stage) (value enterprise))
            (org-fact (id cpo-in-large-companies) (text ?why)))
   =>
   (assert (evidence (about placement) (target cpo) (cf 0.15) (n 520)
              (reason (str-cat "You lead product at a large company. " ?why)))))

; --- the placement: the role with the highest combined certainty -------------------------

(defrule place-person "Places you at the role with the strongest combined evidence, taking the lower role on a tie."
   (declare (salience -120))
   (logical (cf-total (about placement) (target ?r) (cf ?c&:(>= ?c ?*placement-threshold*)) (reasons $?why))
            (role (id ?r) (order ?o) (title ?title))
            (not (and (cf-total (about placement) (target ?r2) (cf ?c2))
                      (role (id ?r2) (order ?o2))
                      (test (or (> ?c2 ?c) (and (= ?c2 ?c) (< ?o2 ?o)))))))
   =>
   (assert (placement (role ?r) (title ?title) (certainty ?c) (because ?why))))

; --- readiness: the growth skills of this level already in hand --------------------------

(defrule assess-readiness "Works out how many of your level's growth skills you already count as strengths."
   (declare (salience -130))
   (logical (placement (role ?r))
            (role (id ?r) (grow-skills $?g&:(> (length$ ?g) 0)) (skills-question ?q))
            (answer (question ?q) (value $?v&:(not (member$ unknown ?v)))))
   =>
   (bind ?have 0)
   (bind ?missing (create$))
   (bind ?i 1)
   (while (<= ?i (length$ ?g)) do
      (if (member$ (nth$ ?i ?g) ?v)
       then (bind ?have (+ ?have 1))
       else (bind ?missing (create$ ?missing (nth$ ?i ?g))))
      (bind ?i (+ ?i 1)))
   (assert (readiness (role ?r) (have ?have) (of (length$ ?g)) (missing ?missing))))
