/// What a construct's code names: the deftemplates, deffunctions and defglobals it uses.
/// `undef...` refuses to remove one that another construct still uses, as CLIPS does, so that
/// no rule is left asserting facts of a template that is gone or calling a function that is.
struct ConstructUses: Sendable {
    /// `MODULE::name`.
    var templates: Set<String> = []
    var functions: Set<Symbol> = []
    var globals: Set<Symbol> = []
}

extension Compiler {
    func use(_ template: Template) { uses.templates.insert(Symbol.qualified(template.module, template.name)) }

    /// Records what the construct just compiled uses.
    func keepUses(_ kind: String, _ module: Symbol, _ name: Symbol) {
        ruleBase.constructUses[RuleBase.usesKey(kind, module, name)] = uses
    }
}

extension RuleBase {
    /// The key constructs' uses are kept under: `defrule MAIN::r`.
    static func usesKey(_ kind: String, _ module: Symbol, _ name: Symbol) -> String { kind + " " + Symbol.qualified(module, name) }

    /// A construct other than `except` whose code uses what `isUsed` looks for, the first in
    /// name order, for the error that names it; nil when none does.
    func user(except: String, _ isUsed: (ConstructUses) -> Bool) -> String? {
        constructUses.filter { $0.key != except && isUsed($0.value) }.keys.min()
    }
}
