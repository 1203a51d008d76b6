; roles.clp -- the roles of the product-management lattice and the executives around them.
;
; One `role` fact per role: the shared ladder (business analyst to senior PM), the
; management track (group PM to CPO), the individual-contributor track (principal/staff PM,
; product architect), the roles beyond the top (GM, COO) and the adjacent roles PMs move
; into.  `level` orders the ladder (0 = not on it); `order` is unique and breaks ties.
; `grow-skills` are the skills to start building at this level for the next step;
; `core-skills` are the craft skills used day to day.  `skills-question` names the
; self-assessment question that fits this level.  `reports-to` names role ids or
; `exec-peer` ids.  `source` names the seed file(s) in ../shared/seeds the facts come from.
; The seeds give no reporting line for business analysts and product owners; theirs follows
; the associate PM's (a PM), since many companies merge the three into one rung.  Adjacent
; roles sit outside the product organisation and have no product reporting line.

(deftemplate role
   (slot id (type SYMBOL))
   (slot title (type STRING))
   (multislot aliases (type STRING))
   (slot level (type INTEGER) (default 0))
   (slot order (type INTEGER) (default 0))
   (slot track (allowed-symbols ladder management individual-contributor adjacent entry))
   (slot purpose (type STRING) (default ""))
   (multislot responsibilities (type STRING))
   (multislot success (type STRING))
   (multislot grow-skills (type SYMBOL))
   (multislot core-skills (type SYMBOL))
   (slot scope (allowed-symbols none feature product-area domain portfolio organisation company varies))
   (slot people (allowed-symbols none mentors pms managers function))
   (multislot reports-to (type SYMBOL))
   (slot skills-question (type SYMBOL) (default nil))
   (multislot source (type STRING)))

; Executives that product roles report to or work beside, but that are not product roles.
(deftemplate exec-peer
   (slot id (type SYMBOL))
   (slot title (type STRING))
   (slot concerns (type STRING))
   (multislot source (type STRING)))

(deffacts executives
   (exec-peer (id ceo) (title "Chief Executive Officer")
      (concerns "Runs the company; the top product leader most often reports here.")
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt"))
   (exec-peer (id cto) (title "Chief Technology Officer")
      (concerns "Owns how the product gets built: engineering and the development work itself. Shares with the CPO the design of the product teams, including foundations such as site reliability, data and security teams.")
      (source "000_1f72dbc503acb921.txt"))
   (exec-peer (id cmo) (title "Chief Marketing Officer")
      (concerns "Owns marketing; in some companies the top product leader reports here.")
      (source "000_1f72dbc503acb921.txt"))
   (exec-peer (id cfo) (title "Chief Financial Officer")
      (concerns "Owns finance; only rarely is product placed under this role.")
      (source "000_1f72dbc503acb921.txt")))

(deffacts not-yet-in-product
   (role (id aspiring-pm) (title "Aspiring product manager") (level 0) (order 0) (track entry)
      (aliases "Career changer" "Graduate")
      (purpose "Someone who is not in a product role yet: a student, a recent graduate, or a professional from another field who wants to break in.")
      (responsibilities "Learn what the job involves and which door into it fits your background"
                        "Practise the foundations: clear writing, basic data work, talking to users")
      (success "You land a first product role that matches your experience, whether that is an associate role or, with strong domain depth, a full PM role")
      (grow-skills product-thinking specification user-research data-analysis structured-communication)
      (scope none) (people none)
      (skills-question skills-foundation)
      (source "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt")))

(deffacts shared-ladder
   (role (id business-analyst) (title "Business Analyst") (level 1) (order 10) (track ladder)
      (aliases "BA")
      (purpose "The most junior product role in this ladder: works out in precise detail what has to be built, while others decide what comes first.")
      (responsibilities "Turn needs into specifications detailed enough to build from"
                        "Answer engineering's questions about what exactly is meant"
                        "Keep the specification in step with what the team learns")
      (success "Engineers can build from your documents without guessing"
               "Small pieces of work land on time and as specified")
      (grow-skills backlog-management prioritisation-frameworks product-thinking)
      (core-skills specification)
      (scope feature) (people none) (reports-to pm product-owner)
      (skills-question skills-foundation)
      (source "000_1f72dbc503acb921.txt"))
   (role (id product-owner) (title "Product Owner") (level 2) (order 20) (track ladder)
      (aliases "PO")
      (purpose "Specifies the work and also decides its order. Because ordering work needs a specification, the role contains everything a business analyst does.")
      (responsibilities "Write and refine the team's stories and specifications"
                        "Decide the order of the backlog"
                        "Keep the team focused on the most valuable next item")
      (success "The backlog is clear and in a sensible order"
               "The team rarely waits on you for a decision or a detail")
      (grow-skills product-thinking structured-communication initiative roadmapping)
      (core-skills specification backlog-management prioritisation-frameworks)
      (scope feature) (people none) (reports-to pm)
      (skills-question skills-foundation)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt"))
   (role (id associate-pm) (title "Associate Product Manager") (level 2) (order 25) (track ladder)
      (aliases "APM" "Junior Product Manager" "Junior PM")
      (purpose "The first rung of product management: learn the craft by owning a small, well-bounded feature under a PM's guidance. Several companies fold the business analyst and product owner jobs into this one role, covering both specification and prioritisation.")
      (responsibilities "Look after one small, well-bounded feature of a bigger product"
                        "Write product requirement documents or user stories for engineering"
                        "Look at usage data and customer feedback to support decisions"
                        "Take part in user interviews and research, with guidance"
                        "Help keep the team's backlog, tickets and sprint board in order"
                        "Stay in sync with design, engineering and QA, and keep your manager informed"
                        "Learn how the product actually works")
      (success "Engineers can build from your write-ups without coming back to ask what you meant"
               "Small pieces of work land when promised and in good shape"
               "A task handed to you gets finished, or you raise your hand early"
               "Your manager can see you asking how and why things work")
      (grow-skills product-thinking technical-curiosity structured-communication initiative)
      (core-skills specification data-analysis user-research backlog-management)
      (scope feature) (people none) (reports-to pm senior-pm)
      (skills-question skills-foundation)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt"))
   (role (id pm) (title "Product Manager") (level 3) (order 30) (track ladder)
      (aliases "PM" "Mid-level PM")
      (purpose "Owns a product or a significant feature area, including its vision and strategy, and is judged on the outcomes it produces rather than the tasks completed.")
      (responsibilities "Shape and maintain your area's roadmap so it serves the product and business goals"
                        "Run discovery using research, data, feedback and competitor insight"
                        "Prioritise problems and features with structure and business context"
                        "Build good solutions hand in hand with designers and engineers"
                        "Define, track and report the area's metrics, and iterate on them"
                        "Keep stakeholders clear on where the area is heading and what was traded away"
                        "Spot blockers, risks and misalignment early"
                        "Review and approve what associate PMs propose")
      (success "What you ship solves real problems and moves key metrics"
               "Your area has a direction, momentum and the confidence of stakeholders"
               "You make sound trade-offs and can say why behind each decision"
               "Cross-functional teammates stay aligned and focused"
               "You are left to run small projects without someone checking in")
      (grow-skills impact-prioritisation discovery outcome-ownership stakeholder-management influence)
      (core-skills roadmapping prioritisation-frameworks shipping metrics)
      (scope product-area) (people none) (reports-to senior-pm group-pm director-of-product)
      (skills-question skills-pm)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt"))
   (role (id senior-pm) (title "Senior Product Manager") (level 4) (order 40) (track ladder)
      (aliases "Senior PM" "Lead PM" "Lead Product Manager")
      (purpose "Owns a complex, highly visible domain or user journey with real business weight, sets its long-term direction with little guidance, and links the PM teams to senior leadership.")
      (responsibilities "Carry the direction, plan and outcomes of an entire domain or user journey"
                        "Translate company goals into a product strategy, and that strategy into concrete plans"
                        "Run discovery, validation and delivery quickly without letting quality slip"
                        "Align engineering, marketing, operations, legal and others on shared goals"
                        "Own the performance metrics and use them to steer"
                        "Mentor junior and mid-level PMs"
                        "Present plans and decisions to executives")
      (success "What you deliver shows up in the company's growth"
               "You see patterns across teams and head off systemic problems"
               "Teammates across functions follow your lead"
               "You shape leadership conversations instead of sitting in them"
               "PMs around you grow faster because of you")
      (grow-skills strategic-visioning mentorship systems-thinking executive-communication leading-ambiguity cross-org-influence)
      (core-skills roadmapping metrics stakeholder-management)
      (scope domain) (people mentors) (reports-to group-pm director-of-product)
      (skills-question skills-senior)
      (source "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt")))

(deffacts individual-contributor-track
   (role (id principal-pm) (title "Principal Product Manager") (level 5) (order 50) (track individual-contributor)
      (aliases "Staff PM" "Principal PM" "Staff Product Manager")
      (purpose "Goes deep instead of broad: takes the most complex, risky or cross-cutting product problems and shapes decisions across many teams without direct reports, with about the influence of a group PM or director.")
      (responsibilities "Own complex or strategic areas that need deep domain knowledge"
                        "Drive long-range vision and shape roadmaps across several teams"
                        "Lead discovery and design for foundational or cross-cutting systems"
                        "Partner senior leadership on strategy without managing people"
                        "Coach the PMs on individual teams on how to approach and decide"
                        "Bring clarity to ambiguous, high-stakes problems")
      (success "You are the person people seek out for risky or unclear product calls"
               "Your work sets strategic and technical direction beyond your own team"
               "Quality, speed or user outcomes improve because of your thinking"
               "PMs, designers and engineers come to you for guidance"
               "The organisation thinks differently because of you, beyond what you ship")
      (grow-skills systems-thinking cross-org-influence leading-ambiguity executive-communication strategic-visioning mentorship)
      (core-skills discovery)
      (scope domain) (people mentors) (reports-to director-of-product vp-of-product)
      (skills-question skills-senior)
      (source "001_e022f794e097e384.txt" "003_913bae464eebefe3.txt"))
   (role (id product-architect) (title "Product Architect") (level 5) (order 55) (track individual-contributor)
      (purpose "A title some companies give the deep individual-contributor role, most at home where the product is highly technical (APIs, machine learning, infrastructure) or a complex ecosystem such as a marketplace.")
      (responsibilities "Own the shape of foundational, cross-cutting product systems"
                        "Act as the subject-matter expert in technical product conversations"
                        "Drive decisions that affect many teams at once"
                        "Mentor others without managing them")
      (success "The platform's direction is coherent across the teams that build on it"
               "Hard technical product decisions are made faster and better with you in the room")
      (grow-skills systems-thinking cross-org-influence leading-ambiguity executive-communication strategic-visioning mentorship)
      (core-skills discovery)
      (scope domain) (people mentors) (reports-to director-of-product vp-of-product)
      (skills-question skills-senior)
      (source "003_913bae464eebefe3.txt")))

(deffacts management-track
   (role (id group-pm) (title "Group Product Manager") (level 5) (order 52) (track management)
      (aliases "GPM")
      (purpose "Leads other product managers and sets direction for a cluster of products or features. The role appears once product work splits into several squads; at first a group PM often still runs a squad hands-on, then moves fully into leadership as the organisation grows.")
      (responsibilities "Own the strategy that spans several product teams"
                        "Hire PMs, coach them and help them grow"
                        "Set goals, accountability and quality standards"
                        "Allocate engineering and design capacity across initiatives"
                        "Partner engineering, design, marketing, operations and leadership on company goals"
                        "Report the group's plans and results to the company's leaders")
      (success "Your teams deliver outcomes that matter to the business"
               "The PMs you lead gain confidence, clarity and effectiveness"
               "You remove organisational bottlenecks before they block anyone"
               "You champion long-term strategy at executive level"
               "Your team is known for clarity, pace and alignment")
      (grow-skills team-development org-design exec-collaboration portfolio-tradeoffs cultural-leadership)
      (core-skills roadmapping metrics)
      (scope portfolio) (people pms) (reports-to director-of-product head-of-product cpo)
      (skills-question skills-lead)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt"))
   (role (id director-of-product) (title "Director of Product") (level 6) (order 60) (track management)
      (aliases "Product Director" "DoP")
      (purpose "The shift from doing product work to leading it: builds the team, processes and communication that let several product teams perform, and ties their individual measures to the company's business results.")
      (responsibilities "Build processes that lift team performance and efficiency"
                        "Study the market and the product landscape"
                        "Watch performance, business and engagement metrics and act on them"
                        "Turn team-level measures into business-level results"
                        "Lead and mentor the product managers and keep teams aligned on strategy and roadmap"
                        "Run hiring and career growth for the product team"
                        "Create multi-quarter roadmaps for major parts of the business")
      (success "Teams deliver consistently and in line with business goals"
               "PMs grow under your leadership"
               "Organisational bottlenecks are fixed early"
               "You set the company's bar for good product management")
      (grow-skills team-development org-design exec-collaboration portfolio-tradeoffs cultural-leadership)
      (core-skills metrics)
      (scope portfolio) (people managers) (reports-to vp-of-product head-of-product cpo)
      (skills-question skills-lead)
      (source "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt"))
   (role (id head-of-product) (title "Head of Product") (level 7) (order 68) (track management)
      (purpose "The most senior product person under another name, common in smaller companies: accountable for where every product is heading. Depending on the company it is the same job as VP of Product or CPO; clear responsibilities matter more than the title.")
      (responsibilities "Set direction for every product the company offers"
                        "Shape the product team and how it works with design, engineering and data"
                        "Set hiring plans and product practice standards")
      (success "Everyone knows who decides what in product"
               "Product and company strategy pull in the same direction")
      (grow-skills vision-planning board-readiness talent-management business-model change-narrative)
      (scope organisation) (people function) (reports-to ceo cto cmo coo)
      (skills-question skills-exec)
      (source "000_1f72dbc503acb921.txt" "002_e042a24e858d9027.txt"))
   (role (id vp-of-product) (title "VP of Product") (level 7) (order 70) (track management)
      (aliases "Vice President of Product" "VP Product")
      (purpose "Usually the first executive product role: far from hands-on development, it sets product strategy for the lines it owns and keeps that strategy tied to the company's business objectives. Large companies with many product lines may have several.")
      (responsibilities "Own budgets, resource decisions and hiring plans for product"
                        "Keep product strategy and decisions aligned with business objectives"
                        "Win buy-in from leadership and shield teams from politics and misalignment"
                        "Design the product organisation for performance"
                        "Shape company strategy alongside the CEO and the other executives"
                        "Set standards for how product management is practised")
      (success "The product organisation runs with clarity, autonomy and steady delivery"
               "The product plan and the company plan pull the same way"
               "Executive peers rely on your judgement for critical decisions")
      (grow-skills vision-planning board-readiness talent-management business-model change-narrative)
      (scope organisation) (people function) (reports-to cpo ceo)
      (skills-question skills-exec)
      (source "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt"))
   (role (id cpo) (title "Chief Product Officer") (level 8) (order 80) (track management)
      (aliases "CPO")
      (purpose "The top product executive, with a C-level seat: answers for the direction of every product and for the commercial half of building them. In some companies an extended VP role, in others the leader of several VPs; most common in larger companies with many products.")
      (responsibilities "Set the organisation-wide product strategy and long-term goals"
                        "Evaluate budgets, resources and research so the critical areas stay funded"
                        "Review monthly or quarterly results across products and correct course"
                        "Decide how the organisation is structured, who does what and how decisions get made"
                        "Speak for product to the board, investors, analysts and, at times, journalists"
                        "Sit as an equal beside the CEO, CTO, COO and the rest of the executive team"
                        "Grow a culture that prizes quality, new ideas and users")
      (success "The product organisation works with clarity and autonomy"
               "The company meets growth, retention and expansion goals, helped by product innovation"
               "PMs everywhere in the organisation do well, develop, and share one idea of good work"
               "Executive peers trust your judgement")
      (grow-skills vision-planning board-readiness talent-management business-model change-narrative)
      (scope organisation) (people function) (reports-to ceo cto cmo coo cfo)
      (skills-question skills-exec)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt" "002_e042a24e858d9027.txt" "003_913bae464eebefe3.txt")))

(deffacts beyond-the-top
   (role (id gm) (title "General Manager") (level 9) (order 90) (track adjacent)
      (aliases "GM" "Business-unit CEO")
      (purpose "Runs a business or business unit end to end. Experienced product leaders are sought for it because they already find and solve problems, set strategy, prioritise, drive business results and lead people.")
      (responsibilities "Own the results of a whole business, not just its product"
                        "Set strategy and priorities across every function in the unit")
      (success "The business grows and its numbers hold up")
      (grow-skills business-model)
      (scope organisation) (people function) (reports-to ceo)
      (source "001_e022f794e097e384.txt" "003_913bae464eebefe3.txt"))
   (role (id coo) (title "Chief Operating Officer") (level 9) (order 91) (track adjacent)
      (aliases "COO")
      (purpose "Runs the company's operations. Like the GM role, it draws on the problem solving, prioritisation, business focus and people leadership a product executive has built up.")
      (responsibilities "Keep the whole company's operations effective and efficient"
                        "Turn strategy into running processes across functions")
      (success "The company executes reliably as it scales")
      (grow-skills business-model)
      (scope company) (people function) (reports-to ceo)
      (source "000_1f72dbc503acb921.txt" "001_e022f794e097e384.txt")))

(deffacts adjacent-roles
   (role (id operations-manager) (title "Operations or Programme Manager") (level 0) (order 100) (track adjacent)
      (aliases "Programme Manager" "Program Manager" "Operations Manager")
      (purpose "Makes processes efficient and runs programmes that cut across teams; strong demand in scaling startups and large organisations.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt"))
   (role (id business-development) (title "Business Development or Partnerships Manager") (level 0) (order 101) (track adjacent)
      (aliases "Partnerships Manager" "BD")
      (purpose "Negotiates deals, forms partnerships and grows the ecosystem around a product.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt"))
   (role (id founder) (title "Startup Founder or CEO") (level 0) (order 102) (track adjacent)
      (aliases "Founder" "Startup CEO")
      (purpose "Starts a venture, or runs an early-stage company as its CEO or GM. Suits PMs who are comfortable juggling many jobs at once and who instinctively take ownership and fix problems.")
      (scope company) (people function)
      (source "003_913bae464eebefe3.txt"))
   (role (id product-marketing) (title "Product Marketing Manager") (level 0) (order 103) (track adjacent)
      (aliases "PMM")
      (purpose "Owns how a product is positioned and explained to the market: the story, the messaging, the why.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt"))
   (role (id corporate-strategy) (title "Strategy Manager") (level 0) (order 104) (track adjacent)
      (aliases "Corporate Strategy")
      (purpose "Works on where the company should play and why, shaping the company's direction rather than a single product's.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt"))
   (role (id user-researcher) (title "User Researcher") (level 0) (order 105) (track adjacent)
      (aliases "UX Researcher")
      (purpose "Studies users to explain why they behave as they do, so product decisions rest on evidence.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt"))
   (role (id innovation-lead) (title "Innovation, R&D or Incubation Lead") (level 0) (order 106) (track adjacent)
      (aliases "Incubator Lead" "Venture Builder")
      (purpose "Creates new products from nothing inside a bigger company, in an incubator, an innovation group or a corporate venture unit.")
      (scope varies) (people none)
      (source "003_913bae464eebefe3.txt")))
