; symbols with punctuation characters
(assert (sym a-b a_b a.b a/b a*b a+b a=b a:b a!b a@b a#b a$b a%b a^b))
(facts)
(printout t (symbolp a-b) " " (str-length a*b) crlf)
(exit)
