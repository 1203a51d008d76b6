; single slots, multislots, default values when omitted
(deftemplate person
   (slot name)
   (slot age)
   (multislot hobbies))
(assert (person (name Ann) (age 30) (hobbies chess golf)))
(assert (person (name Bob)))
(assert (person (hobbies) (age 5)))
(facts)
(exit)
