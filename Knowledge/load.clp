; load.clp -- the knowledge files in load order. A file may use only the templates defined
; by itself or by a file loaded before it. `cd Knowledge && clips -f2 load.clp` loads the
; same files into the reference CLIPS; the advisor reads this list the same way.

(load* "protocol.clp")
(load* "certainty.clp")
(load* "roles.clp")
(load* "skills.clp")
(load* "transitions.clp")
(load* "context.clp")
(load* "questions.clp")
(load* "assessment.clp")
(load* "recommendations.clp")
(load* "references.clp")
