/// A compiled expression: parsed and resolved once, then evaluated as a closure.
public struct Expression: Sendable {
    let run: @Sendable (Context) throws -> Value
    /// The constant value when the expression is a literal; lets the compiler fold and share.
    let constant: Value?

    init(constant: Value) {
        self.constant = constant
        self.run = { _ in constant }
    }

    init(_ run: @escaping @Sendable (Context) throws -> Value) {
        self.constant = nil
        self.run = run
    }

    @inline(__always) func callAsFunction(_ ctx: Context) throws -> Value { try run(ctx) }
}

/// Non-local exits from right-hand sides and function bodies.
enum ControlFlow: Error {
    case breakLoop
    case returnValue(Value)
    /// `(exit)`: nothing more of the current right-hand side or command runs.
    case exit
}

/// The state an expression evaluates in: the session, a frame of local variables, and — inside
/// the network — the partial match being tested. Its fields are read and set around every test
/// and firing, never across a call that touches them again, so they skip dynamic exclusivity
/// checks.
public final class Context {
    unowned let session: Session
    @exclusivity(unchecked) var frame: [Value]
    /// The left partial match a join test or a rule firing reads variables from.
    @exclusivity(unchecked) var token: BetaToken?
    /// The right-hand fact match of a join test, or the current match in an alpha test.
    @exclusivity(unchecked) var match: PatternMatch?

    init(session: Session, frameSize: Int = 0) {
        self.session = session
        self.frame = Array(filledWith: .false, count: frameSize)
    }
}
