; Lengths and positions count characters, not bytes; case changes touch ASCII letters only;
; str-compare with a count compares that many bytes, even inside a character; format's widths
; count bytes.
(printout t (str-length "héllo") " " (str-length café) crlf)
(printout t (sub-string 2 3 "héllo") "|" (sub-string 1 2 "héllo") "|" (sub-string 4 9 "héllo") crlf)
(printout t (str-index "l" "héllo") " " (str-index "" "hé") " " (str-index "o" "héllo") crlf)
(printout t (upcase "héllo") " " (lowcase "HÉLLO x") " " (upcase abc-é) crlf)
(printout t (str-compare "é" "e" 1) " " (str-compare "a" "b" -1) " " (str-compare "ab" "ac" 1) " " (str-compare "é" "f") crlf)
(printout t (format nil "%3s|%-4s|%.2s|%5.3s|" "é" "é" "éa" "abcdef") crlf)
(exit)
