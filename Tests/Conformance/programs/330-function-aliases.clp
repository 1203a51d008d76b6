; older function names used by the Debian examples: nth, member, length, !=
(printout t (nth 2 (create$ a b c)) " " (member b (create$ a b c)) " " (member z (create$ a)) crlf)
(printout t (length (create$ a b)) " " (length "abc") " " (length$ "abcd") crlf)
(printout t (!= 1 2) " " (!= 1 1) " " (!= 1 1.0) " " (!= 1 2 3) crlf)
(exit)
