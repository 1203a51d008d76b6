; protocol.clp -- the conversation protocol shared by this knowledge base and the Advisor.
;
; The Advisor knows only the templates in this file.  It asserts `answer` facts, runs the
; engine until nothing is left to fire, shows the highest-priority `ask` whose question has
; no answer yet, and when no such ask remains it shows the `placement` and `recommendation`
; facts.  Everything career-specific lives in the other files.  See docs/knowledge.md.

; Which knowledge base this is: exactly one fact, from the deffacts below.
(deftemplate kb-info
   (slot name (type STRING))
   (slot version (type STRING))
   (slot title (type STRING)))

; A question the advisor can put to the person.  `choices` are the machine values (symbols),
; `labels` the text a person reads, in the same order.  `min`/`max` bound a number answer.
(deftemplate question
   (slot id (type SYMBOL))
   (slot text (type STRING))
   (slot kind (allowed-symbols single multiple yes-no number text))
   (multislot choices)
   (multislot labels)
   (slot min (default 0))
   (slot max (default 100))
   (slot help (type STRING) (default ""))
   (slot theme (type SYMBOL) (default general)))

; Rules assert an ask when a question becomes relevant; the highest priority is asked first.
(deftemplate ask
   (slot question (type SYMBOL))
   (slot priority (type INTEGER) (default 0)))

; Asserted by the advisor.  Choices and yes-no give symbols, number gives a number, text a
; string.  The symbol `unknown` means the person skipped the question.
(deftemplate answer
   (slot question (type SYMBOL))
   (multislot value))

; Where the answers place the person on the ladder today (at most one fact).
(deftemplate placement
   (slot role (type SYMBOL))
   (slot title (type STRING) (default ""))
   (slot certainty (type FLOAT))
   (multislot because))

; Advice.  `target` is a role id (next-step, alternative), a skill id (skill) or a caution
; id (caution); `title` names it for a person and `detail` says in a sentence or two what it
; is (a role's purpose, a skill's definition, a caution's advice).  `certainty` is a combined certainty factor between 0 and 1; `because`
; holds plain-language reasons that cite the person's answers.
(deftemplate recommendation
   (slot kind (allowed-symbols next-step alternative skill caution))
   (slot target (type SYMBOL))
   (slot title (type STRING))
   (slot detail (type STRING) (default ""))
   (slot certainty (type FLOAT))
   (multislot because))

; For `career kb check`: slot `slot` of `template` facts holds ids of facts of the templates
; in `refers-to` (`question` means a declared question); symbols in `except` are allowed too.
(deftemplate kb-reference
   (slot template (type SYMBOL))
   (slot slot (type SYMBOL))
   (multislot refers-to (type SYMBOL))
   (multislot except (type SYMBOL)))

(deffacts knowledge-base-identity
   (kb-info (name "careeradvisor-pm-ladder")
            (version "1.0.0")
            (title "Product-management career ladder: from first product job to CPO and beyond")))
