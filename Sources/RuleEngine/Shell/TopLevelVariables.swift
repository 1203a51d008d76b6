/// Variables that `bind` sets at the top level. CLIPS keeps them from one command to the next,
/// so `(bind ?f (assert (a)))` and then `(retract ?f)` work at the prompt, until a `reset` or a
/// `clear` forgets them.
struct TopLevelVariables {
    private var values: [String: Value] = [:]
    /// Counts the times they were forgotten, so a command that ran `reset` does not put back
    /// the values it started with.
    private(set) var generation = 0

    /// A scope for one top-level command that sees every variable bound so far.
    func scope() -> VariableScope {
        let scope = VariableScope(allowsNewLocals: true)
        for name in values.keys.sorted() { _ = scope.allocate(name) }
        return scope
    }

    /// Puts the variables' values in the frame of a command compiled in `scope`.
    func fill(_ ctx: Context, for scope: VariableScope) {
        for (name, location) in scope.allNames {
            if case .frame(let slot) = location, let value = values[name] { ctx.frame[slot] = value }
        }
    }

    /// Keeps what the command bound, unless the variables were forgotten while it ran.
    mutating func keep(_ scope: VariableScope, from ctx: Context, ifStill generation: Int) {
        guard generation == self.generation else { return }
        for (name, location) in scope.allNames {
            // `(bind ?x)` without a value unbinds ?x.
            if case .frame(let slot) = location { values[name] = ctx.frame[slot].isVoid ? nil : ctx.frame[slot] }
        }
    }

    mutating func forget() {
        values = [:]
        generation += 1
    }
}
