; ordered facts with mixed field types
(assert (numbers 1 2 3))
(assert (mixed a "b" 3 4.5))
(assert (single))
(assert (nested-ish "(not a list)"))
(facts)
(exit)
