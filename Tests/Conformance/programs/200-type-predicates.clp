; type predicates over values of every primitive type
(deffunction check (?v)
   (printout t (numberp ?v) " " (integerp ?v) " " (floatp ?v) " "
               (symbolp ?v) " " (stringp ?v) " " (lexemep ?v) " "
               (multifieldp ?v) crlf))
(check 1)
(check 1.5)
(check abc)
(check "abc")
(check (create$ 1 2))
(check (create$))
(exit)
