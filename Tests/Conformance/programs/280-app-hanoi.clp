; towers of Hanoi with a recursive deffunction
(deffunction hanoi (?n ?from ?to ?via)
   (if (> ?n 0) then
      (hanoi (- ?n 1) ?from ?via ?to)
      (printout t "move disk " ?n " from " ?from " to " ?to crlf)
      (hanoi (- ?n 1) ?via ?to ?from)))
(hanoi 3 A C B)
(exit)
