/// Kinds of value, as a set: what a built-in's argument may be, or what it may return.
struct ValueTypes: OptionSet, Sendable {
    let rawValue: UInt8

    static let symbol = ValueTypes(rawValue: 1 << 0)
    static let string = ValueTypes(rawValue: 1 << 1)
    static let integer = ValueTypes(rawValue: 1 << 2)
    static let float = ValueTypes(rawValue: 1 << 3)
    static let multifield = ValueTypes(rawValue: 1 << 4)
    static let factAddress = ValueTypes(rawValue: 1 << 5)

    static let lexeme: ValueTypes = [.symbol, .string]
    static let number: ValueTypes = [.integer, .float]
    /// A fact given by its address or index, or a symbol (`*` for every fact, as `retract` takes).
    static let factReference: ValueTypes = [.factAddress, .integer, .symbol]
    static let any: ValueTypes = [.lexeme, .number, .multifield, .factAddress]
    /// What a command returns that has no result (`printout`, `facts`): no argument takes it.
    static let nothing: ValueTypes = []

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(of value: Value) {
        switch value {
        case .symbol: self = .symbol
        case .string: self = .string
        case .integer: self = .integer
        case .float: self = .float
        case .multifield: self = .multifield
        case .fact: self = .factAddress
        }
    }

    /// "a number", "a symbol or string", "a fact address, integer or symbol".
    var description: String {
        let names = [(ValueTypes.factAddress, "fact address"), (.number, "number"), (.integer, "integer"), (.float, "float"),
                     (.symbol, "symbol"), (.string, "string"), (.multifield, "multifield")]
        var left = self
        var parts: [String] = []
        for (types, name) in names where left.isSuperset(of: types) {
            parts.append(name)
            left.subtract(types)
        }
        guard let first = parts.first, let last = parts.last else { return "nothing" }
        let article = "aeiou".contains(first.first!) ? "an" : "a"
        return "\(article) " + (parts.count == 1 ? first : parts.dropLast().joined(separator: ", ") + " or " + last)
    }
}

/// What a built-in takes and returns, as far as CLIPS checks a call when it parses it: an
/// argument that is a constant, or a call of a built-in, of a kind the parameter cannot take
/// makes the construct an error (`(str-length 3)`, `(+ (str-cat a) 1)`). Variables and
/// deffunction calls are checked when the call runs.
struct BuiltinSignature: Sendable {
    /// The first arguments' types, in order.
    var parameters: [ValueTypes] = []
    /// The types of the arguments after `parameters`.
    var rest: ValueTypes = .any
    var returns: ValueTypes = .any

    func parameter(_ index: Int) -> ValueTypes { index < parameters.count ? parameters[index] : rest }
}

extension Builtins {
    /// Signatures of the built-ins whose calls CLIPS 6.30 checks, found by giving each argument
    /// of each built-in a constant of every kind and a call of every built-in, and seeing which
    /// constructs CLIPS refuses. A built-in not here takes anything and may return anything.
    static let signatures: [String: BuiltinSignature] = {
        var table: [String: BuiltinSignature] = [:]
        func add(_ names: [String], _ parameters: [ValueTypes] = [], rest: ValueTypes = .any, returns: ValueTypes = .any) {
            for name in names { table[name] = BuiltinSignature(parameters: parameters, rest: rest, returns: returns) }
        }
        let floatFunctions = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos",
                              "atan", "acot", "asec", "acsc", "sinh", "cosh", "tanh", "coth", "sech", "csch", "asinh",
                              "acosh", "atanh", "acoth", "asech", "acsch", "deg-rad", "rad-deg", "deg-grad", "grad-deg"]
        // Numbers.
        add(["+", "-", "*", "/", "min", "max"], rest: .number, returns: .number)
        add(["div"], rest: .number, returns: .integer)
        add(["=", "<>", "<", ">", "<=", ">="], rest: .number, returns: .symbol)
        add(["mod"], [.number, .number], returns: .number)
        add(["abs"], [.number], returns: .number)
        add(["integer", "round"], [.number], returns: .integer)
        add(["float"] + floatFunctions, [.number], returns: .float)
        add(["**"], [.number, .number], returns: .float)
        add(["pi", "time"], returns: .float)
        add(["random"], [.integer, .integer], returns: .integer)
        add(["seed"], [.integer], returns: .nothing)
        add(["evenp", "oddp"], [.integer], returns: .symbol)
        add(["release-mem"], returns: .integer)
        // Strings.
        add(["str-cat", "sym-cat", "readline"], returns: .lexeme)
        add(["str-length"], [.lexeme], returns: .integer)
        add(["upcase", "lowcase"], [.lexeme], returns: .lexeme)
        add(["sub-string"], [.integer, .integer, .lexeme], returns: .string)
        add(["str-index"], [.lexeme, .lexeme])
        add(["str-compare"], [.lexeme, .lexeme, .integer], returns: .integer)
        add(["string-to-field", "eval"], [.lexeme])
        add(["build"], [.lexeme], returns: .symbol)
        add(["format"], [.any, .string], returns: .string)
        // Multifields.
        add(["create$", "get-defmodule-list", "get-focus-stack"], returns: .multifield)
        add(["length$"], [[.lexeme, .multifield]], returns: .integer)
        add(["nth$"], [.integer, .multifield])
        add(["member$"], [.any, .multifield])
        add(["first$", "rest$"], [.multifield], returns: .multifield)
        add(["subseq$", "delete$"], [.multifield, .integer, .integer], returns: .multifield)
        add(["insert$"], [.multifield, .integer], returns: .multifield)
        add(["replace$"], [.multifield, .integer, .integer], returns: .multifield)
        add(["delete-member$", "replace-member$"], [.multifield], returns: .multifield)
        add(["subsetp"], [.multifield, .multifield], returns: .symbol)
        add(["explode$"], [.string], returns: .multifield)
        add(["implode$"], [.multifield], returns: .string)
        add(["sort"], [.symbol])
        add(["funcall"], [.lexeme])
        // Facts.
        add(["retract"], rest: .factReference, returns: .nothing)
        add(["fact-slot-value"], [.factReference, .symbol])
        add(["fact-slot-names"], [.factReference])
        add(["fact-relation", "fact-existp"], [.factReference], returns: .symbol)
        add(["dependencies", "dependents"], [.factReference], returns: .nothing)
        add(["fact-index"], [.factAddress], returns: .integer)
        add(["get-fact-list"], [.symbol], returns: .multifield)
        add(["assert-string"], [.string])
        add(["setgen"], [.integer], returns: .integer)
        add(["save-facts"], [.lexeme], rest: .symbol, returns: .symbol)
        add(["load-facts"], [.lexeme], returns: .symbol)
        add(["facts"], [.any, .integer, .integer, .integer], returns: .nothing)
        add(["deftemplate-slot-names"], [[.symbol, .integer]])
        // Files and the environment.
        add(["exit", "run"], [.integer], returns: .nothing)
        add(["halt", "reset", "clear"], returns: .nothing)
        add(["system"], rest: .lexeme, returns: .nothing)
        add(["dribble-on", "batch", "batch*", "load", "load*", "bload", "bsave", "save"], [.lexeme], returns: .symbol)
        add(["open"], [.lexeme], returns: .symbol)
        add(["remove"], [.lexeme], returns: .symbol)
        add(["rename"], [.lexeme, .lexeme], returns: .symbol)
        add(["close", "dribble-off", "gensym", "gensym*", "get-focus", "pop-focus", "get-current-module",
             "get-strategy", "get-salience-evaluation", "not", "and", "or", "eq", "neq", "numberp", "integerp",
             "floatp", "symbolp", "stringp", "lexemep", "multifieldp", "pointerp"], returns: .symbol)
        add(["printout", "list-defmodules", "list-focus-stack", "clear-focus-stack"], returns: .nothing)
        add(["watch", "unwatch", "list-watch-items"], [.symbol], returns: .nothing)
        add(["focus"], rest: .symbol, returns: .symbol)
        add(["set-current-module", "set-strategy", "set-salience-evaluation", "set-sequence-operator-recognition"],
            [.symbol], returns: .symbol)
        add(["agenda", "refresh", "refresh-agenda", "conserve-mem", "list-deftemplates", "list-defrules", "list-deffacts",
             "list-defglobals"], [.symbol], returns: .nothing)
        add(["list-deffunctions"], returns: .nothing)
        add(["get-deftemplate-list", "get-defrule-list", "get-deffacts-list", "get-defglobal-list"], [.symbol],
            returns: .multifield)
        add(["get-deffunction-list"], returns: .multifield)
        let settings = ["auto-float-dividend", "dynamic-constraint-checking", "reset-globals", "fact-duplication"]
        add(settings.flatMap { ["get-\($0)", "set-\($0)"] } + ["get-sequence-operator-recognition"], returns: .symbol)
        return table
    }()
}
