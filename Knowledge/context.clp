; context.clp -- seniority, career timelines and the organisation around a product career.
;
; seniority-dimension: the three ways seniority shows (time, knowledge, behaviour).
; growth-timeline:     how long people take to reach senior leadership (none is "right").
; org-fact:            how product organisations are built: squads, when a Group PM role
;                      appears, the ~80-person single-leader threshold, CPO versus CTO,
;                      startups versus large companies.  `value` holds any figures.
; reporting-line:      where the top product role reports, and how often.

(deftemplate seniority-dimension
   (slot id (type SYMBOL))
   (slot title (type STRING))
   (slot description (type STRING))
   (multislot source (type STRING)))

(deftemplate growth-timeline
   (slot id (type SYMBOL))
   (slot years (type INTEGER))
   (slot description (type STRING))
   (multislot source (type STRING)))

(deftemplate org-fact
   (slot id (type SYMBOL))
   (slot topic (allowed-symbols teams structure leadership company-size titles skills mindset))
   (multislot value)
   (slot text (type STRING))
   (multislot source (type STRING)))

(deftemplate reporting-line
   (slot role (type SYMBOL))
   (slot to (type SYMBOL))
   (slot frequency (allowed-symbols usual common occasional rare))
   (multislot source (type STRING)))

(deffacts seniority
   (seniority-dimension (id time) (title "Time")
      (description "Years spent in product and in a given role. Easy to count, and the dimension people look at first.")
      (source "000_1f72dbc503acb921.txt"))
   (seniority-dimension (id knowledge) (title "Knowledge")
      (description "How much you have learned about the craft, the product and its market over those years.")
      (source "000_1f72dbc503acb921.txt"))
   (seniority-dimension (id behaviour) (title "Behaviour")
      (description "How you act: the way you handle complex situations and guide teams. It matters most for leadership roles, and it is what scope and day-to-day behaviour reveal better than a title.")
      (source "000_1f72dbc503acb921.txt")))

(deffacts timelines
   (growth-timeline (id five-years) (years 5)
      (description "A fast path: senior leadership within roughly five years.")
      (source "003_913bae464eebefe3.txt"))
   (growth-timeline (id ten-years) (years 10)
      (description "A common path: about a decade.")
      (source "003_913bae464eebefe3.txt"))
   (growth-timeline (id twenty-plus-years) (years 20)
      (description "A long path: twenty years or more, and no less valid. Speed depends on the company, the surroundings, luck of timing and the impact a person creates.")
      (source "003_913bae464eebefe3.txt")))

(deffacts organisation
   (org-fact (id squad-makeup) (topic teams) (value 2 4 1 1)
      (text "A typical squad: between two and four engineers, plus a designer and a product manager.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id second-squad) (topic teams)
      (text "When a second product theme appears, a company either spreads its engineers, PM and designer over both themes, or hires another PM and designer to form a new squad.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id group-pm-trigger) (topic structure) (value 2)
      (text "A Group PM role appears once product work splits into several squads and someone has to lead the other PMs.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id single-leader-threshold) (topic structure) (value 80)
      (text "Up to about 80 people, product, design, engineering and data usually all report to one leader; past that size they tend to be split between leaders, who should still run them as one product development team.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id ux-reporting) (topic structure)
      (text "Design and user experience may report to product leadership or stand on their own, depending on the company.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id cpo-versus-cto) (topic leadership)
      (text "The CPO minds the commercial questions of product development, the CTO the engineering of it. The two share the design of product teams, including foundations such as site reliability, data and security teams.")
      (source "000_1f72dbc503acb921.txt"))
   (org-fact (id cpo-in-large-companies) (topic company-size)
      (text "A separate CPO above the VPs of Product is found mostly in larger organisations with many products; large companies may also have several VPs, each over a set of product lines.")
      (source "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt"))
   (org-fact (id startup-scope) (topic company-size)
      (text "At a startup a junior PM's scope grows faster and comes with extra hats such as support, operations or onboarding copy. That is fine, as long as the PM foundations keep growing too.")
      (source "003_913bae464eebefe3.txt"))
   (org-fact (id ladder-depends-on-company) (topic company-size)
      (text "Company size, budget and goals shape the ladder: some companies have a full hierarchy of product roles, others a single PM role whose responsibilities vary.")
      (source "001_e022f794e097e384.txt"))
   (org-fact (id ic-in-technical-products) (topic company-size)
      (text "Senior individual-contributor roles are most valuable in highly technical settings (API platforms, machine learning, infrastructure) and in complex ecosystems such as marketplaces.")
      (source "003_913bae464eebefe3.txt"))
   (org-fact (id innovation-in-large-companies) (topic company-size)
      (text "Internal incubators, innovation teams and venture arms are mostly a feature of large companies.")
      (source "003_913bae464eebefe3.txt"))
   (org-fact (id operations-in-scaling-companies) (topic company-size)
      (text "Operations and programme roles are in particular demand in scaling startups and large organisations.")
      (source "003_913bae464eebefe3.txt"))
   (org-fact (id titles-vary) (topic titles)
      (text "Titles, responsibilities and promotion criteria differ a lot between companies; what counts is a clear structure where everyone knows their responsibilities.")
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt"))
   (org-fact (id non-linear-paths) (topic titles)
      (text "Careers in product rarely run in a straight line: people jump rungs, swap ladders, or start higher than the bottom.")
      (source "003_913bae464eebefe3.txt"))
   (org-fact (id hard-then-soft-skills) (topic skills)
      (text "Early on, technical and hands-on product skills drive growth; later, communication and leadership decide how far you go.")
      (source "001_e022f794e097e384.txt"))
   (org-fact (id success-on-your-terms) (topic mindset)
      (text "Pick your own definition of success, judge progress by the difference you make instead of the title you hold, and care about growing more than about how long it takes.")
      (source "003_913bae464eebefe3.txt")))

(deffacts cpo-reporting
   (reporting-line (role cpo) (to ceo) (frequency usual) (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt"))
   (reporting-line (role cpo) (to cto) (frequency common) (source "000_1f72dbc503acb921.txt"))
   (reporting-line (role cpo) (to cmo) (frequency occasional) (source "000_1f72dbc503acb921.txt"))
   (reporting-line (role cpo) (to coo) (frequency occasional) (source "000_1f72dbc503acb921.txt"))
   (reporting-line (role cpo) (to cfo) (frequency rare) (source "000_1f72dbc503acb921.txt"))
   (reporting-line (role head-of-product) (to ceo) (frequency usual) (source "000_1f72dbc503acb921.txt"))
   (reporting-line (role head-of-product) (to cto) (frequency common) (source "000_1f72dbc503acb921.txt")))
