; inside printout only crlf, tab, vtab and ff are special; the symbol t prints as "t"
(printout t t crlf)
(printout t "a" t "b" crlf)
(printout t abc"def"ghi crlf)
(printout t "tab\tescape and \n newline escape" crlf)
(exit)
