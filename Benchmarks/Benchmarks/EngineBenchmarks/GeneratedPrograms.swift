import RuleEngine

/// Programs made up on the spot for the benchmarks that measure size rather than search: a rule
/// base of N rules, each different enough that the compiler cannot share its joins with the
/// others, over a few templates so that alpha nodes are shared as they are in real programs.
enum GeneratedPrograms {
    static func rules(_ count: Int) -> String {
        var text = """
            (deftemplate item (slot kind) (slot value))
            (deftemplate limit (slot kind) (slot value))
            (deftemplate flag (slot kind) (slot on))

            """
        for i in 0..<count {
            let kind = "k\(i % 97)"
            text += """
                (defrule rule-\(i)
                   (item (kind \(kind)) (value ?v&:(> ?v \(i))))
                   (limit (kind \(kind)) (value ?l&:(< ?v ?l)))
                   (not (flag (kind \(kind)) (on \(i))))
                   =>
                   (assert (flag (kind \(kind)) (on \(i)))))

                """
        }
        return text
    }

    /// The compiled rule base of `rules(count)`.
    static func ruleBase(_ count: Int) -> RuleBase {
        let env = quietEnvironment()
        env.run(rules(count), file: "generated-\(count).clp")
        return env.ruleBase
    }
}
