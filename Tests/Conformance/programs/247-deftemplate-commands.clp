; ppdeftemplate and undeftemplate
(deftemplate person "a person"
   (slot name (type STRING) (default ?NONE))
   (slot age (type INTEGER) (range 0 150) (default 0))
   (multislot kids))
(ppdeftemplate person)
(deftemplate temp (slot x))
(undeftemplate temp)
(list-deftemplates)
(exit)
