/// When a rule's salience is worked out (`set-salience-evaluation`).
public enum SalienceEvaluation: String, Sendable, CaseIterable {
    /// Once, when the rule is defined: the default.
    case whenDefined = "when-defined"
    /// Also each time the rule is activated.
    case whenActivated = "when-activated"
    /// Also after every rule firing, for every activation on every agenda.
    case everyCycle = "every-cycle"
}

/// Dynamic salience: a rule declared with a salience expression (`(salience ?*high*)`) can have
/// it evaluated again as activations are made and, with `every-cycle`, after every firing.
extension Session {
    /// The salience a new activation of rule `r` gets when salience is evaluated as rules are
    /// activated (`activate` reads the defined one itself otherwise).
    func dynamicSalience(of r: Int) -> Int {
        ruleBase.rules[r].salienceExpression == nil ? ruleBase.rules[r].salience : evaluatedSalience(of: r)
    }

    /// Works out every activation's salience again and re-sorts, on `module`'s agenda or, for
    /// nil, every agenda (`refresh-agenda`).
    func refreshAgendas(_ module: Symbol?) {
        for (m, agenda) in agendas where module == nil || m == module {
            agenda.refresh { evaluatedSalience(of: $0.rule) }
        }
    }

    /// The rule's salience expression evaluated now. As in CLIPS, a value that is not an
    /// integer from -10000 to 10000 is reported, and the salience it was defined with stands.
    private func evaluatedSalience(of r: Int) -> Int {
        let rule = ruleBase.rules[r]
        guard let expression = rule.salienceExpression else { return rule.salience }
        do {
            let v = try expression(context)
            guard let n = Rule.salience(v) else {
                throw EngineError("the salience of \(rule.name.name) must be an integer from -10000 to 10000, got \(v.displayText)", at: rule.location)
            }
            return n
        } catch {
            environment?.report(error as? EngineError ?? EngineError("evaluating the salience of \(rule.name.name): \(error)", at: rule.location))
        }
        return rule.salience
    }
}

extension Rule {
    /// `v` as a salience, if it is an integer in CLIPS's range.
    static func salience(_ v: Value) -> Int? {
        guard case .integer(let n) = v, (-10000...10000).contains(n) else { return nil }
        return n
    }
}
