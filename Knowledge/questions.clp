; questions.clp -- what the advisor can ask, and the rules that decide when to ask it.
;
; Each `question` fact is one question in the advisor's words.  The first question is asked
; unconditionally; every other `ask` is asserted by a rule that looks at earlier answers
; (or at the placement they produce), with `logical` support so that revising an answer
; withdraws the questions that no longer apply.  Higher priority is asked first; each
; question has its own priority (several rules may ask the same question, always with the
; same priority) so the order is always the same.
;
; Order of the conversation: title (100); for people outside product: experience and way
; in (96-92); for people in product: experience (90-88), scope and behaviour (86-84),
; people management (82-76), direction and motivation (70-60), organisation (56-46), and
; finally the self-assessment of the skills that fit their level (40-36).

(deftemplate person-stage
   (slot is (allowed-symbols in-product outsider)))

(deffacts questions-about-the-person
   (question (id current-title) (kind single) (theme role)
      (text "Which of these is closest to your current job title?")
      (choices student engineer designer other-professional
               business-analyst product-owner associate-pm pm senior-pm principal-pm product-architect
               group-pm director-of-product head-of-product vp-of-product cpo)
      (labels "Student or recent graduate"
              "Software engineer or another technical role"
              "Designer or user researcher"
              "Another field outside product (sales, marketing, consulting, operations...)"
              "Business Analyst"
              "Product Owner"
              "Associate or Junior Product Manager"
              "Product Manager"
              "Senior or Lead Product Manager"
              "Principal or Staff Product Manager"
              "Product Architect"
              "Group Product Manager"
              "Director of Product"
              "Head of Product"
              "VP of Product"
              "Chief Product Officer")
      (help "Titles mean different things in different companies, so the next questions look at what you actually do."))

   (question (id years-experience) (kind number) (min 0) (max 50) (theme experience)
      (text "How many years have you worked in total, in any field?"))
   (question (id entry-route) (kind single) (theme entry)
      (text "How are you thinking of getting into product management?")
      (choices graduate-programme internal-transfer bootcamp career-pivot not-sure)
      (labels "Through a graduate or associate PM programme"
              "By moving into a product role at the company I work for"
              "Through a course or bootcamp, then applying"
              "By applying directly from my current career"
              "I don't know yet"))
   (question (id background-assets) (kind multiple) (theme entry)
      (text "Which of these do you bring with you? Pick all that apply.")
      (choices domain-expertise startup-experience adjacent-leadership technical-background none)
      (labels "Deep expertise in an industry or problem domain"
              "Experience at a startup, wearing many hats"
              "I have led a team or a function in another field"
              "A technical background (engineering, data)"
              "None of these yet")
      (help "Some people start above the first rung because of what they bring from elsewhere."))

   (question (id years-in-product) (kind number) (min 0) (max 40) (theme experience)
      (text "How many years have you worked in product roles (analyst, owner, PM or above)?"))
   (question (id years-in-role) (kind number) (min 0) (max 40) (theme experience)
      (text "How many years have you been in your current role?"))
   (question (id scope) (kind single) (theme scope)
      (text "Which best describes what you own today?")
      (choices specs backlog feature product-area domain portfolio organisation)
      (labels "Writing detailed specifications; others decide the priorities"
              "Writing the stories and deciding the order of a team's backlog"
              "One small, well-bounded feature of a bigger product"
              "A product or feature area end to end, including its roadmap"
              "A whole domain or user journey that spans several teams"
              "A portfolio of several products or teams"
              "The whole product function, or all products of a business line")
      (help "Scope says more about seniority than a title does."))
   (question (id behaviours) (kind multiple) (theme behaviour)
      (text "Which of these describe how you work today? Pick all that apply.")
      (choices ship-reliably own-problems shape-direction mentor-pms cross-team-expert build-teams company-bets none)
      (labels "I reliably finish small, well-defined work and keep the team moving"
              "I own problems, not just tasks, and make product decisions on my own"
              "I set the long-term direction of my area and bring leadership along"
              "Other PMs grow faster because I coach them"
              "People across teams bring me their hardest, most ambiguous product calls"
              "I hire, coach and organise a team of product managers"
              "I shape company-level bets and speak for product to the board or investors"
              "None of these yet")
      (help "Seniority shows in behaviour as much as in years."))

   (question (id manages-pms) (kind yes-no) (theme people)
      (text "Do product managers report to you directly?")
      (choices yes no) (labels "Yes" "No"))
   (question (id pm-reports) (kind number) (min 0) (max 200) (theme people)
      (text "How many product managers report to you directly?"))
   (question (id manages-managers) (kind yes-no) (theme people)
      (text "Do any of the people who report to you manage product managers themselves?")
      (choices yes no) (labels "Yes" "No"))
   (question (id hands-on) (kind single) (theme people)
      (text "How much of your week is still hands-on product work?")
      (choices mostly-hands-on mixed mostly-leading)
      (labels "Most of it: I still run a squad of my own"
              "About half"
              "Little: my time goes on leading, hiring and strategy"))

   (question (id goal) (kind single) (theme direction)
      (text "What do you want from your next move?")
      (choices climb deepen pivot unsure)
      (labels "Move up: a broader scope and leading people"
              "Go deeper in the craft as an individual contributor, without managing people"
              "Move sideways into a neighbouring field"
              "I'm not sure yet"))
   (question (id aspiration) (kind single) (theme direction)
      (text "Which role would you most like to hold in three to five years?")
      (choices senior-pm principal-pm product-architect group-pm director-of-product vp-of-product cpo gm coo not-sure)
      (labels "Senior Product Manager"
              "Principal or Staff Product Manager"
              "Product Architect"
              "Group Product Manager"
              "Director of Product"
              "VP of Product"
              "Chief Product Officer"
              "General Manager"
              "Chief Operating Officer"
              "Not sure"))
   (question (id energisers) (kind multiple) (theme motivation)
      (text "Which kinds of work give you energy? Pick all that apply.")
      (choices growing-people deep-craft processes deals zero-to-one messaging user-insight technical-depth business-strategy)
      (labels "Helping people grow and building teams"
              "Going deep on hard product problems myself"
              "Making processes run better and steering programmes across teams"
              "Negotiating deals and building partnerships"
              "Building something new from nothing"
              "Explaining the why: positioning, messaging and story"
              "Talking to users and understanding their behaviour"
              "Understanding how the technology works underneath"
              "Company strategy, markets and the numbers behind the business"))
   (question (id people-leadership) (kind single) (theme motivation)
      (text "How do you feel about managing people: hiring, feedback, performance and careers?")
      (choices enjoy neutral dislike)
      (labels "I enjoy it, or I want to"
              "I can do it, but it is not what drives me"
              "I would rather avoid it"))
   (question (id avoid) (kind multiple) (theme motivation)
      (text "Which of these would you rather not spend your days on? Pick all that apply.")
      (choices people-issues strategy-reviews losing-hands-on selling ambiguity none)
      (labels "Hiring, performance conversations and people problems"
              "Long strategy reviews, budgets and executive politics"
              "Being far from users and hands-on product work"
              "Selling and negotiating"
              "Problems with no clear structure or owner"
              "None of these bother me"))
   (question (id strengths) (kind multiple) (theme strengths)
      (text "Which of these would your colleagues call your strengths? Pick all that apply.")
      (choices communication commercial ownership problem-solving efficiency storytelling zero-to-one research developing-people none)
      (labels "Clear, persuasive communication"
              "A commercial instinct for where the money is"
              "Taking ownership of whatever needs doing"
              "Untangling messy problems"
              "Making operations efficient"
              "Positioning and storytelling"
              "Turning a rough idea into a first version"
              "Finding out what users really need"
              "Developing people"
              "None of these stand out"))

   (question (id company-stage) (kind single) (theme organisation)
      (text "What kind of company do you work in?")
      (choices early scaleup established enterprise)
      (labels "An early-stage startup"
              "A startup that is scaling fast"
              "An established, mid-sized company"
              "A large company with several product lines"))
   (question (id team-size) (kind number) (min 0) (max 100000) (theme organisation)
      (text "About how many people work in product development at your company (product, design, engineering and data together)?"))
   (question (id pm-count) (kind number) (min 0) (max 5000) (theme organisation)
      (text "How many product managers work at your company, including you?"))
   (question (id technical-environment) (kind yes-no) (theme organisation)
      (text "Is your product deeply technical (APIs, machine learning, infrastructure) or a complex ecosystem such as a marketplace?")
      (choices yes no) (labels "Yes" "No"))
   (question (id startup-hats) (kind yes-no) (theme organisation)
      (text "Does a large part of your week go on work outside product, such as support, operations or writing copy?")
      (choices yes no) (labels "Yes" "No"))
   (question (id feel-behind) (kind yes-no) (theme direction)
      (text "Do you feel you are behind where you should be in your career?")
      (choices yes no) (labels "Yes" "No")))

(deffacts skill-self-assessments
   (question (id skills-foundation) (kind multiple) (theme skills)
      (text "Which of these are already strengths of yours? Leave out the ones you are still building.")
      (choices product-thinking technical-curiosity structured-communication initiative specification data-analysis user-research backlog-management none)
      (labels "Product thinking" "Technical curiosity" "Structured communication" "Initiative and follow-through"
              "Specifications and PRDs" "Data analysis" "User research" "Backlog management" "None yet")
      (help "These are the foundations of the first product roles."))
   (question (id skills-pm) (kind multiple) (theme skills)
      (text "Which of these are already strengths of yours? Leave out the ones you are still building.")
      (choices impact-prioritisation discovery outcome-ownership stakeholder-management influence roadmapping prioritisation-frameworks shipping metrics none)
      (labels "Impact-driven prioritisation" "Discovery discipline" "Outcome ownership" "Stakeholder management"
              "Building influence" "Roadmapping" "Prioritisation frameworks (RICE, ICE)" "Shipping" "Product metrics" "None yet")
      (help "These are what the step from Product Manager to Senior PM asks for."))
   (question (id skills-senior) (kind multiple) (theme skills)
      (text "Which of these are already strengths of yours? Leave out the ones you are still building.")
      (choices strategic-visioning mentorship systems-thinking executive-communication leading-ambiguity cross-org-influence none)
      (labels "Strategic visioning" "Mentorship" "Systems and portfolio thinking" "Executive communication"
              "Leading through ambiguity" "Cross-org influence without ownership" "None yet")
      (help "These are what growing beyond Senior PM asks for, on either track."))
   (question (id skills-lead) (kind multiple) (theme skills)
      (text "Which of these are already strengths of yours? Leave out the ones you are still building.")
      (choices team-development org-design exec-collaboration portfolio-tradeoffs cultural-leadership none)
      (labels "Team development and performance management" "Organisational design" "Cross-functional executive collaboration"
              "Portfolio-level trade-offs" "Cultural leadership" "None yet")
      (help "These are what the move from Group PM or Director to VP or CPO asks for."))
   (question (id skills-exec) (kind multiple) (theme skills)
      (text "Which of these are already strengths of yours? Leave out the ones you are still building.")
      (choices vision-planning board-readiness talent-management business-model change-narrative none)
      (labels "Vision-driven strategic planning" "Executive leadership and board readiness" "Organisation-wide talent management"
              "Business-model fluency" "Change management and narrative" "None yet")
      (help "These are what succeeding as VP or CPO asks for.")))

(deffacts opening-question
   (ask (question current-title) (priority 100)))

; --- who is answering ------------------------------------------------------------------

(defrule stage-outsider "Treats you as coming from outside product, since you are a student, engineer, designer or from another field."
   (logical (answer (question current-title) (value student|engineer|designer|other-professional)))
   =>
   (assert (person-stage (is outsider))))

(defrule stage-in-product "Treats you as already working in product, since your current title is a product role."
   (logical (answer (question current-title) (value ?t&~student&~engineer&~designer&~other-professional)))
   =>
   (assert (person-stage (is in-product))))

; --- people outside product: how they might get in --------------------------------------

(defrule ask-outsider-background "Asks about your work experience, your route in and what you bring, since you are not yet in product."
   (logical (person-stage (is outsider)))
   =>
   (assert (ask (question years-experience) (priority 96))
           (ask (question entry-route) (priority 94))
           (ask (question background-assets) (priority 92))))

; --- people in product: the basics ------------------------------------------------------

(defrule ask-in-product-basics "Asks the core questions about your experience, work, goals and company, since you work in product."
   (logical (person-stage (is in-product)))
   =>
   (assert (ask (question years-in-product) (priority 90))
           (ask (question years-in-role) (priority 88))
           (ask (question scope) (priority 86))
           (ask (question behaviours) (priority 84))
           (ask (question goal) (priority 70))
           (ask (question energisers) (priority 66))
           (ask (question people-leadership) (priority 64))
           (ask (question company-stage) (priority 56))
           (ask (question feel-behind) (priority 46))))

; Junior people (by title or by scope) are never asked about the PMs they manage.
(defrule ask-manages-pms "Asks whether PMs report to you, unless your title or what you own marks you as early in your career."
   (logical (person-stage (is in-product))
            (not (answer (question current-title) (value business-analyst|product-owner|associate-pm)))
            (not (answer (question scope) (value specs|backlog|feature))))
   =>
   (assert (ask (question manages-pms) (priority 82))))

(defrule ask-team-shape "Asks about the team you lead, since product managers report to you."
   (logical (answer (question manages-pms) (value yes)))
   =>
   (assert (ask (question pm-reports) (priority 80))
           (ask (question hands-on) (priority 76))
           (ask (question team-size) (priority 54))))

(defrule ask-manages-managers-large-team "Asks whether your reports lead PMs themselves, since four or more product managers report to you."
   (logical (answer (question manages-pms) (value yes))
            (answer (question pm-reports) (value ?n&:(numberp ?n)&:(>= ?n 4))))
   =>
   (assert (ask (question manages-managers) (priority 78))))

(defrule ask-manages-managers-senior-scope "Asks whether your reports lead PMs themselves, since you own a portfolio or all of product."
   (logical (answer (question manages-pms) (value yes))
            (answer (question scope) (value portfolio|organisation)))
   =>
   (assert (ask (question manages-managers) (priority 78))))

; --- direction and motivation ------------------------------------------------------------

(defrule ask-aspiration "Asks which role you are aiming for, since you want to move up or go deeper."
   (logical (answer (question goal) (value climb|deepen)))
   =>
   (assert (ask (question aspiration) (priority 68))))

(defrule ask-avoid "Asks what you would rather not spend your days on, since you are placed at PM level or above."
   (logical (person-stage (is in-product))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 3))))
   =>
   (assert (ask (question avoid) (priority 62))))

(defrule ask-strengths-when-looking-around "Asks what colleagues see as your strengths, since you want to move sideways or are unsure."
   (logical (answer (question goal) (value pivot|unsure)))
   =>
   (assert (ask (question strengths) (priority 60))))

(defrule ask-strengths-of-executives "Asks what colleagues see as your strengths, since you are placed at Head of Product, VP or above."
   (logical (person-stage (is in-product))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 7))))
   =>
   (assert (ask (question strengths) (priority 60))))

; --- the organisation around them ---------------------------------------------------------

(defrule ask-team-size-senior "Asks how big product development is at your company, since you are placed at Group PM level or above."
   (logical (person-stage (is in-product))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 5))))
   =>
   (assert (ask (question team-size) (priority 54))))

(defrule ask-pm-count-for-climbers "Asks how many PMs your company has, since you want to move up from PM or Senior PM."
   (logical (answer (question goal) (value climb))
            (placement (role pm|senior-pm)))
   =>
   (assert (ask (question pm-count) (priority 52))))

(defrule ask-technical-environment-interest "Asks whether your product is deeply technical, since the technology underneath gives you energy."
   (logical (person-stage (is in-product))
            (answer (question energisers) (value $? technical-depth $?)))
   =>
   (assert (ask (question technical-environment) (priority 50))))

(defrule ask-technical-environment-ic "Asks whether your product is deeply technical, since you want to go deeper or are unsure, at Senior PM or above."
   (logical (answer (question goal) (value deepen|unsure))
            (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 4))))
   =>
   (assert (ask (question technical-environment) (priority 50))))

(defrule ask-startup-hats "Asks how much work outside product you do, since you are early in product at a young or scaling company."
   (logical (placement (role ?r))
            (role (id ?r) (level ?l&:(>= ?l 1)&:(<= ?l 2)))
            (answer (question company-stage) (value early|scaleup)))
   =>
   (assert (ask (question startup-hats) (priority 48))))

; --- the skills that fit the level (named by the placement's role) ------------------------

(defrule ask-skills-foundation "Asks which foundation skills are already your strengths, since they fit the level you are placed at."
   (logical (placement (role ?r))
            (role (id ?r) (skills-question skills-foundation)))
   =>
   (assert (ask (question skills-foundation) (priority 40))))

(defrule ask-skills-pm "Asks which PM skills are already your strengths, since you are placed as a PM."
   (logical (placement (role ?r))
            (role (id ?r) (skills-question skills-pm)))
   =>
   (assert (ask (question skills-pm) (priority 39))))

(defrule ask-skills-senior "Asks which senior skills are already strengths, since you are a Senior PM, Principal PM or Product Architect."
   (logical (placement (role ?r))
            (role (id ?r) (skills-question skills-senior)))
   =>
   (assert (ask (question skills-senior) (priority 38))))

(defrule ask-skills-lead "Asks which leadership skills are already your strengths, since you are placed as Group PM or Director."
   (logical (placement (role ?r))
            (role (id ?r) (skills-question skills-lead)))
   =>
   (assert (ask (question skills-lead) (priority 37))))

(defrule ask-skills-exec "Asks which executive skills are already your strengths, since you are placed as Head of Product, VP or CPO."
   (logical (placement (role ?r))
            (role (id ?r) (skills-question skills-exec)))
   =>
   (assert (ask (question skills-exec) (priority 36))))
