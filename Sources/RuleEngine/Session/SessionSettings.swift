/// The behaviours a CLIPS program chooses with `set-...` commands. One value, so that `clear`
/// keeps them all and a fork of a shared working memory starts with its prototype's.
public struct SessionSettings: Sendable {
    /// Whether a fact equal to one in working memory is asserted again (`set-fact-duplication`).
    public var allowsDuplicateFacts = false
    /// Whether `/` makes its first argument a float, so that integers divide exactly
    /// (`set-auto-float-dividend`).
    public var autoFloatDividend = true
    /// Whether facts are checked against their templates' constraints as they are asserted
    /// (`set-dynamic-constraint-checking`); values given as constants are checked when the
    /// code is compiled either way. Off by default, as in CLIPS; the advisor turns it on.
    public var checksConstraintsDynamically = false
    /// Whether code compiled from now on splices `$?x` arguments into calls
    /// (`set-sequence-operator-recognition`).
    public var recognizesSequenceOperator = false
    /// When rules' salience expressions are evaluated (`set-salience-evaluation`).
    public var salienceEvaluation = SalienceEvaluation.whenDefined
    /// Whether `reset` gives globals back their initial values (`set-reset-globals`).
    public var resetsGlobals = true

    public init() {}
}
