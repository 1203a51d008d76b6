; str-length, upcase, lowcase on strings and symbols
(printout t (str-length "hello") " " (str-length "") " " (str-length abc) crlf)
(printout t (upcase "Hello World") " " (upcase mixedCase) crlf)
(printout t (lowcase "Hello World") " " (lowcase MIXEDcase) crlf)
(printout t (type (upcase abc)) " " (type (upcase "abc")) crlf)
(exit)
