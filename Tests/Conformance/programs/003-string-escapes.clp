; escapes in strings: \" and \\ inside printout and inside facts
(printout t "quote: \"hi\"" crlf)
(printout t "backslash: \\" crlf)
(printout t "mixed \\\"x\\\"" crlf)
(assert (msg "say \"yes\"" "c:\\dir"))
(facts)
(printout t (str-length "a\"b") crlf)
(exit)
