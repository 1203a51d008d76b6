/// The agenda, the focus stack and rule firing.
extension Session {
    func activate(rule r: Int, disjunct d: Int, token: BetaToken) {
        // Reads the fields it needs in place: a copy of the `Rule` would retain every array in it.
        guard !ruleBase.rules[r].isRemoved else { return }
        activationSequence += 1
        let module = ruleBase.rules[r].module
        let agenda = recentAgenda?.module == module ? recentAgenda.unsafelyUnwrapped.agenda : keptAgenda(of: module)
        let salience = settings.salienceEvaluation == .whenDefined ? ruleBase.rules[r].salience : dynamicSalience(of: r)
        let a = Activation(rule: r, disjunct: d, token: token, agenda: agenda, salience: salience,
                           sequence: activationSequence, specificity: ruleBase.rules[r].disjuncts[d].specificity)
        token.addActivation(a)
        agenda._withUnsafeGuaranteedRef { $0.insert(a) }
        // CLIPS pushes an auto-focus rule's module before it reports the activation.
        if ruleBase.rules[r].autoFocus { focus(module) }
        if watch.activations.watches(watchKey(rule: r)) { io.write("==> Activation " + describe(a) + "\n") }
    }

    /// `module`'s agenda, made and kept if it has none yet, and remembered as the recent one.
    private func keptAgenda(of module: Symbol) -> Unmanaged<Agenda> {
        let agenda: Agenda
        if let existing = agendas[module] {
            agenda = existing
        } else {
            agenda = Agenda(strategy)
            agendas[module] = agenda
        }
        recentAgenda = (module, Unmanaged.passUnretained(agenda))
        return recentAgenda.unsafelyUnwrapped.agenda
    }

    /// `(refresh rule)`: the rule's current matches that have already fired go back on the
    /// agenda, most recent match first as CLIPS adds them.
    public func refresh(rule r: Int) {
        for (d, disjunct) in ruleBase.rules[r].disjuncts.enumerated() {
            for t in tokens(of: disjunct.lastJoin).reversed() where !t.hasActivation(of: r) {
                activate(rule: r, disjunct: d, token: t)
            }
        }
    }

    func removeActivation(_ a: Activation) {
        a.token.detachActivation(a)
        retire(a)
    }

    /// Takes an activation its token has let go of off the agenda, as removing it does.
    func retire(_ a: Activation) {
        a.agenda._withUnsafeGuaranteedRef { $0.remove(a) }
        if watch.activations.watches(watchKey(rule: a.rule)) { io.write("<== Activation " + describe(a) + "\n") }
    }

    /// Takes `a` off its agenda and its token, as firing or removing it does.
    private func withdraw(_ a: Activation) {
        a.agenda._withUnsafeGuaranteedRef { $0.remove(a) }
        a.token.detachActivation(a)
    }

    /// `0      rule: f-1,f-2` as the agenda lists it.
    func describe(_ a: Activation) -> String {
        String(a.salience).leftJustified(7) + ruleBase.rules[a.rule].name.name + ": " + Session.factList(a.token)
    }

    static func factList(_ token: BetaToken) -> String {
        token.facts.map { $0.map { "f-\($0.index)" } ?? "*" }.joined(separator: ",")
    }

    /// Pushes `module` unless it is on top already. As in CLIPS, the current module follows the
    /// focus: it becomes `module`, and after a pop the module on top (`popFocus`), so that
    /// `(agenda)` and `(facts)` after `(focus A)` show A's.
    public func focus(_ module: Symbol) {
        currentModule = module
        if focusStack.last == module { return }
        focusStack.append(module)
        if watch.focus { io.write("==> Focus \(module.name)" + (focusStack.count > 1 ? " from \(focusStack[focusStack.count - 2].name)" : "") + "\n") }
    }

    func popFocus() {
        guard let m = focusStack.popLast() else { return }
        if let top = focusStack.last { currentModule = top }
        if watch.focus {
            io.write("<== Focus \(m.name)" + (focusStack.last.map { " to \($0.name)" } ?? "") + "\n")
        }
    }

    public func setStrategy(_ s: Strategy) {
        strategy = s
        for agenda in agendas.values { agenda.reorder(s) }
    }

    /// Fires rules until the agenda is empty, `halt` runs, or `limit` rules have fired
    /// (a negative limit means no limit). Returns the number fired; with `watch statistics`
    /// on, prints it with the means CLIPS prints.
    @discardableResult
    public func run(limit requested: Int = -1) throws -> Int {
        var limit = requested
        if let cap = maxFiringsPerRun, limit < 0 || limit > cap { limit = cap }
        halted = false
        interrupt.clear()
        var statistics = watch.statistics ? RunStatistics(facts: factCount, activations: activationCount) : nil
        var fired = 0
        // Also when a rule fails, which ends the run: CLIPS reports the run it cut short. Not
        // after `exit` in a rule, which ends the program there.
        defer {
            if let statistics, environment?.exitRequested != true { io.write(statistics.report(fired: fired)) }
            currentModule = focusStack.last ?? Symbol("MAIN")
        }
        // As in CLIPS, the next activation is looked for after every firing, even the last one
        // a limit or `halt` allows: modules left with empty agendas leave the focus stack.
        var next = nextActivation()
        while let a = next, limit < 0 || fired < limit, !halted {
            try checkInterrupt()
            withdraw(a)
            fired += 1
            do {
                defer { statistics?.sample(facts: factCount, activations: activationCount) }
                try fire(a, ordinal: fired)
            }
            if halted && watch.rules.watches(watchKey(rule: a.rule)) {
                io.write("[PRCCODE4] Execution halted during the actions of defrule \(ruleBase.rules[a.rule].name.name).\n")
            }
            if settings.salienceEvaluation == .everyCycle { refreshAgendas(nil) }
            next = nextActivation()
        }
        return fired
    }

    /// Activations waiting on every module's agenda.
    var activationCount: Int { agendas.values.reduce(0) { $0 + $1.count } }

    /// The activation to fire next, popping modules whose agendas are empty. Like CLIPS, an
    /// empty focus stack (after `clear-focus-stack`, or a `return` that left MAIN) focuses MAIN
    /// again before looking.
    private func nextActivation() -> Activation? {
        if focusStack.isEmpty { focus(Symbol("MAIN")) }
        while let module = focusStack.last {
            if let a = agendas[module]?.first { return a }
            popFocus()
        }
        return nil
    }

    /// Runs one activation's right-hand side; `ordinal` counts firings within the current
    /// `run`, which is the number CLIPS prints in the `FIRE` trace.
    func fire(_ a: Activation, ordinal: Int) throws {
        let rule = ruleBase.rules[a.rule]
        firedCount += 1
        currentModule = rule.module
        if watch.rules.watches(watchKey(rule: a.rule)) {
            io.write("FIRE" + String(ordinal).leftJustified(5, right: true) + " " + rule.name.name + ": " + Session.factList(a.token) + "\n")
        }
        let ctx = Context(session: self, frameSize: rule.frameSize)
        for (i, b) in rule.disjuncts[a.disjunct].bindings.enumerated() {
            switch b {
            case .value(let level, let index) where index >= 0:
                ctx.frame[i] = a.token.value(level: level, index: index)
            case .fact(let level):
                ctx.frame[i] = .fact(a.token.ancestor(atLevel: level).match!.fact)
            default:
                break
            }
        }
        ctx.token = a.token
        let saved = firing
        firing = a
        firingDepth += 1
        defer {
            firing = saved
            firingDepth -= 1
        }
        do {
            for action in rule.actions { _ = try action(ctx) }
        } catch ControlFlow.returnValue {
            // `return` ends the right-hand side early and, in CLIPS, leaves the rule's module.
            popFocus()
        } catch ControlFlow.breakLoop {
        } catch ControlFlow.exit {
            // `exit` has halted the session; the run ends after this rule.
        }
    }

    public func halt() { halted = true }
}

extension String {
    func leftJustified(_ width: Int, right: Bool) -> String {
        guard right else { return leftJustified(width) }
        return count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
