; list-deftemplates lists templates of the current module
(deftemplate one (slot a))
(deftemplate two (multislot b))
(list-deftemplates)
(exit)
