/// Where a variable's value, or a constant, is read from when an expression runs. Reading one is
/// a switch rather than a closure call, which lets the commonest tests compare values directly
/// (`Compiler.compileComparison`).
enum ValueSource: Sendable {
    case constant(Value)
    /// A slot of the context's frame (right-hand sides, function bodies).
    case frame(Int)
    /// A value of the match under test, `ctx.match`.
    case match(index: Int)
    /// A value of an earlier level of the partial match, `ctx.token`.
    case token(level: Int, index: Int)
    /// The fact of the match under test.
    case matchFact
    /// The fact matched at an earlier level.
    case tokenFact(level: Int)

    @inline(__always) func value(_ ctx: Context) -> Value {
        switch self {
        case .constant(let v): return v
        case .frame(let i): return ctx.frame[i]
        case .match(let index): return ctx.match!.value(index)
        case .token(let level, let index): return ctx.token!.value(level: level, index: index)
        case .matchFact: return .fact(ctx.match!.fact)
        case .tokenFact(let level): return .fact(ctx.token!.ancestor(atLevel: level).match!.fact)
        }
    }
}
