/// The listing commands — `facts`, `agenda`, `list-def...` — which show one module's
/// view (the current module by default) or, given `*`, every module under a `NAME:` header.
extension Builtins {
    /// Which modules a listing covers and whether it shows headers.
    enum ListingScope {
        case module(Symbol)
        case all

        init(_ args: [Value], _ ctx: Context, _ command: String) throws {
            guard let first = args.first else {
                self = .module(ctx.session.currentModule)
                return
            }
            let name = try Arg.lexeme(first, command, 1)
            if name == "*" { self = .all; return }
            guard ctx.session.ruleBase.module(named: Symbol(name)) != nil else {
                throw EngineError("\(command): there is no module named \(name)")
            }
            self = .module(Symbol(name))
        }

        /// Whether facts of `template` are listed: those of every template for `*`, else those
        /// whose template the module sees.
        func sees(_ template: Template, in rb: RuleBase) -> Bool {
            guard case .module(let m) = self else { return true }
            return rb.isVisible("deftemplate", template.name, owner: template.module, in: m)
        }
    }

    /// Prints `lines(module)` for the scope's modules, then `For a total of N <noun>.` when
    /// anything was listed.
    static func list(_ scope: ListingScope, _ ctx: Context, singular: String, plural: String,
                     _ lines: (Symbol) -> [String]) {
        var out = ""
        var total = 0
        switch scope {
        case .module(let m):
            let items = lines(m)
            out = items.map { $0 + "\n" }.joined()
            total = items.count
        case .all:
            for m in ctx.session.ruleBase.modules {
                let items = lines(m.name)
                out += m.name.name + ":\n" + items.map { "   " + $0 + "\n" }.joined()
                total += items.count
            }
        }
        if total > 0 { out += "For a total of \(total) \(total == 1 ? singular : plural).\n" }
        ctx.session.io.write(out)
    }

    static func plural(_ n: Int, _ word: String) -> String {
        "For a total of \(n) \(word)\(n == 1 ? "" : "s").\n"
    }

    /// `(facts [module] [start [end [max]]])`: facts whose templates the module sees; `*` lists
    /// every fact, without headers.
    static func facts(_ args: [Value], _ ctx: Context) throws -> Value {
        var numbers = args
        var scope = ListingScope.module(ctx.session.currentModule)
        if let first = numbers.first, first.lexeme != nil {
            scope = try ListingScope([first], ctx, "facts")
            numbers.removeFirst()
        }
        let start = try numbers.count > 0 ? Arg.integer(numbers[0], "facts", 1) : 0
        let end = try numbers.count > 1 ? Arg.integer(numbers[1], "facts", 2) : Int.max
        let limit = try numbers.count > 2 ? Arg.integer(numbers[2], "facts", 3) : Int.max
        let rb = ctx.session.ruleBase
        var shown = 0
        var out = ""
        for f in ctx.session.facts where f.index >= start && f.index <= end && shown < limit {
            if !scope.sees(f.template, in: rb) { continue }
            out += "f-\(f.index)".leftJustified(8) + f.displayText + "\n"
            shown += 1
        }
        if shown > 0 { out += plural(shown, "fact") }
        ctx.session.io.write(out)
        return .void
    }

    /// A kind of construct as the listing commands see it: the command that prints one module's
    /// names (`list-def...`), the one that returns them (`get-def...-list`), and the
    /// names themselves.
    struct ConstructListing: Sendable {
        let list: String
        let get: String
        let singular: String
        let plural: String
        let names: @Sendable (RuleBase, Symbol) -> [String]
    }

    static let constructListings = [
        ConstructListing(list: "list-defrules", get: "get-defrule-list", singular: "defrule", plural: "defrules") { rb, m in
            rb.liveRules.filter { $0.module == m }.map(\.name.name)
        },
        ConstructListing(list: "list-deftemplates", get: "get-deftemplate-list", singular: "deftemplate", plural: "deftemplates") { rb, m in
            rb.liveTemplates.filter { $0.module == m }.map(\.name.name)
        },
        ConstructListing(list: "list-deffunctions", get: "get-deffunction-list", singular: "deffunction", plural: "deffunctions") { rb, m in
            rb.functionOrder.compactMap { rb.functions[$0] }.filter { $0.module == m }.map(\.name.name)
        },
        // CLIPS defines `(deffacts initial-fact (initial-fact))` in MAIN.
        ConstructListing(list: "list-deffacts", get: "get-deffacts-list", singular: "deffacts", plural: "deffacts") { rb, m in
            (m.name == "MAIN" && rb.hasInitialFactDeffacts ? ["initial-fact"] : []) + rb.deffacts.filter { $0.module == m }.map(\.name.name)
        },
        ConstructListing(list: "list-defglobals", get: "get-defglobal-list", singular: "defglobal", plural: "defglobals") { rb, m in
            rb.globals.filter { $0.module == m }.map(\.name.name)
        },
    ]

    /// The two commands of each kind of construct: one prints the names, the other returns them
    /// (qualified with their module when every module is asked for, as CLIPS does).
    static let constructListingFunctions: [BuiltinFunction] = constructListings.flatMap { c in [
        fn(c.list, 0, 1) { args, ctx in
            let rb = ctx.session.ruleBase
            list(try ListingScope(args, ctx, c.list), ctx, singular: c.singular, plural: c.plural) { c.names(rb, $0) }
            return .void
        },
        fn(c.get, 0, 1) { args, ctx in
            let rb = ctx.session.ruleBase
            switch try ListingScope(args, ctx, c.get) {
            case .module(let m): return .multifield(c.names(rb, m).map { .symbol($0) })
            case .all: return .multifield(rb.modules.flatMap { m in c.names(rb, m.name).map { .symbol(m.name.name + "::" + $0) } })
            }
        },
    ] }

    static let listingFunctions: [BuiltinFunction] = constructListingFunctions + [
        fn("facts", 0, 4, facts),
        fn("agenda", 0, 1) { args, ctx in
            let s = ctx.session
            list(try ListingScope(args, ctx, "agenda"), ctx, singular: "activation", plural: "activations") {
                s.agenda($0).items.map(s.describe)
            }
            return .void
        },
        fn("list-defmodules", 0, 0) { _, ctx in
            list(.module(Symbol("MAIN")), ctx, singular: "defmodule", plural: "defmodules") { _ in
                ctx.session.ruleBase.modules.map(\.name.name)
            }
            return .void
        },
        fn("get-defmodule-list", 0, 0) { _, ctx in .multifield(ctx.session.ruleBase.modules.map { .symbol($0.name) }) },
        fn("deftemplate-slot-names", 1, 1) { args, ctx in
            let name = Symbol(try Arg.lexeme(args[0], "deftemplate-slot-names", 1))
            guard let t = ctx.session.ruleBase.template(named: name, in: ctx.session.currentModule) else {
                throw EngineError("deftemplate-slot-names: there is no deftemplate named \(name.name)")
            }
            // An ordered fact's template has the one multislot CLIPS calls `implied`; CLIPS
            // defines `initial-fact` as a deftemplate without slots.
            if t.name.name == "initial-fact" { return .emptyMultifield }
            return .multifield(t.isImplied ? [.symbol("implied")] : t.slots.map { .symbol($0.name) })
        },
    ]
}
