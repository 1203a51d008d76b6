; A float too large for an integer converts to the smallest integer, as C's cast does for
; CLIPS, in integer, round and format's %d; overflowing integer arithmetic wraps around.
(printout t (integer 1e300) " " (integer -1e300) " " (integer 2.9) " " (integer -2.9) crlf)
(printout t (round 1e300) " " (round -1e300) " " (round 2.5) " " (round -2.5) crlf)
(printout t (format nil "%d|%5d|" 1e300 3.7) crlf)
(printout t (+ 9223372036854775807 1) " " (* 9223372036854775807 2) " " (- -9223372036854775807 10) crlf)
(exit)
