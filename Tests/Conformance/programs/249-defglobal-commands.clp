; list-defglobals, show-defglobals, ppdefglobal
(defglobal ?*a* = 1 ?*b* = "two")
(defglobal ?*c* = (create$ x y))
(list-defglobals)
(show-defglobals)
(ppdefglobal a)
(exit)
