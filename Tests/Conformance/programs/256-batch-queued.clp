; in clips -f2, (batch FILE) queues FILE to run after the current batch file ends, so
; nothing from it runs before this file's (exit)
(open "/tmp/clips-conformance-256-gen.bat" gen "w")
(printout gen "(printout t \"from the batch file\" crlf)" crlf)
(close gen)
(printout t "start" crlf)
(batch "/tmp/clips-conformance-256-gen.bat")
(printout t "after batch" crlf)
(exit)
