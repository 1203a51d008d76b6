/// A compiled `defrule`. A rule with `or` compiles into several disjuncts, each its own path
/// through the network, sharing the name and the right-hand side.
public struct Rule: Sendable {
    public let name: Symbol
    public let module: Symbol
    /// The salience the declaration gave when the rule was defined.
    public let salience: Int
    /// The declaration's expression when it is not a plain integer, which dynamic salience
    /// (`set-salience-evaluation`) evaluates again.
    let salienceExpression: Expression?
    public let autoFocus: Bool
    public let comment: String?
    /// The construct's source as written, for `ppdefrule`.
    public let sourceText: String
    public let location: SourceLocation?
    let disjuncts: [Disjunct]
    let actions: [Expression]
    /// Variables the right-hand side reads, and its own `bind` locals.
    let frameSize: Int
    /// Person-readable descriptions of each conditional element, for explanations.
    public let conditionTexts: [String]
    var isRemoved = false
}

/// One conjunction of a rule's left-hand side.
struct Disjunct: Sendable {
    let lastJoin: Int
    /// Where each of the right-hand side's frame slots comes from in the token.
    let bindings: [VariableBinding]
    /// The token level of the last `logical` conditional element, if any.
    let logicalLevel: Int?
    /// Number of tests in the left-hand side, for the simplicity and complexity strategies.
    let specificity: Int
}

enum VariableBinding: Sendable {
    case value(level: Int, index: Int)
    case fact(level: Int)
}

/// A compiled `deffunction`. The body is filled in after the header is registered, so the
/// function can call itself.
public final class UserFunction: @unchecked Sendable {
    public let name: Symbol
    let module: Symbol
    let parameterCount: Int
    let hasWildcard: Bool
    var frameSize = 0
    var body: [Expression] = []
    var sourceText: String

    func accepts(_ count: Int) -> Bool { count == parameterCount || (hasWildcard && count > parameterCount) }

    func arityMismatch(_ count: Int) -> String {
        "function \(name.name) expects \(hasWildcard ? "at least " : "")\(parameterCount) argument(s), got \(count)"
    }

    init(name: Symbol, module: Symbol, parameterCount: Int, hasWildcard: Bool, sourceText: String) {
        self.name = name
        self.module = module
        self.parameterCount = parameterCount
        self.hasWildcard = hasWildcard
        self.sourceText = sourceText
    }
}

public struct Deffacts: Sendable {
    public let name: Symbol
    public let module: Symbol
    let facts: [FactSpec]
    /// The construct as written, for `ppdeffacts`.
    let sourceText: String
}

public struct GlobalDefinition: Sendable {
    public let name: Symbol
    public let module: Symbol
    let initial: Expression
    /// The initial value's expression as written, for `ppdefglobal`.
    let initialText: String
}
