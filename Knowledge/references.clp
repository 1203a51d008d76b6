; references.clp -- which slots of the domain facts name other facts, for `career kb check`.
;
; Each kb-reference says: every symbol in this slot of these facts must be the id of a fact
; of one of the `refers-to` templates.  A misspelt role, skill or question id anywhere in the
; data then shows up as a located error instead of a silently missing recommendation.

(deffacts domain-references
   (kb-reference (template role) (slot grow-skills) (refers-to skill))
   (kb-reference (template role) (slot core-skills) (refers-to skill))
   (kb-reference (template role) (slot reports-to) (refers-to role exec-peer))
   (kb-reference (template role) (slot skills-question) (refers-to question) (except nil))
   (kb-reference (template skill) (slot stage) (refers-to role))
   (kb-reference (template transition) (slot from) (refers-to role))
   (kb-reference (template transition) (slot to) (refers-to role))
   (kb-reference (template transition) (slot skips) (refers-to role) (except nil))
   (kb-reference (template entry-route) (slot into) (refers-to role))
   (kb-reference (template reporting-line) (slot role) (refers-to role))
   (kb-reference (template reporting-line) (slot to) (refers-to role exec-peer))
   (kb-reference (template placement-signal) (slot question) (refers-to question))
   (kb-reference (template placement-signal) (slot role) (refers-to role)))
