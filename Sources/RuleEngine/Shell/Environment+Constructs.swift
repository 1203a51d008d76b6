/// Commands about the constructs themselves: `ppdef...` print one as CLIPS lays it out,
/// `undef...` remove one (not one another construct uses), `show-defglobals` prints the
/// globals' values.
extension Environment {
    static let constructCommands: Set<String> = [
        "ppdefrule", "ppdeftemplate", "ppdeffacts", "ppdeffunction", "ppdefglobal", "ppdefmodule",
        "undefrule", "undeftemplate", "undeffacts", "undeffunction", "undefglobal", "show-defglobals",
    ]

    func constructCommand(_ command: String, _ items: [SExpr]) throws -> Value? {
        if command == "show-defglobals" {
            for g in ruleBase.globals where g.module == session.currentModule {
                session.io.write("?*\(g.name.name)* = \((session.globals[g.name] ?? .nil).displayText)\n")
            }
            return nil
        }
        guard items.count == 2, let name = items[1].symbolName else {
            throw EngineError("\(command): expected one construct name", at: items[0].location)
        }
        let notFound = EngineError("\(command): there is no \(command.dropFirst(2)) named \(name)", at: items[1].location)
        if command.hasPrefix("pp") {
            guard let text = prettyPrinted(command, Symbol(name)) else { throw notFound }
            if !text.isEmpty { session.io.write(text + "\n") }
        } else {
            do {
                if name == "*" && command != "undefrule" { return try removingAll(command) }
                guard let changed = try removing(command, Symbol(name), from: ruleBase) else { throw notFound }
                try adopt(changed)
            } catch var e as EngineError {
                e.location = e.location ?? items[1].location
                throw e
            }
        }
        return nil
    }

    /// `(undef... *)`: removes every construct of the kind that nothing else uses, in the order
    /// they were defined, and names the ones kept.
    private func removingAll(_ command: String) throws -> Value? {
        let rb = ruleBase
        let names: [Symbol] = switch command {
        case "undeftemplate": rb.liveTemplates.filter { !$0.isImplied }.map { Symbol(Symbol.qualified($0.module, $0.name)) }
        case "undeffacts": (rb.hasInitialFactDeffacts ? [Symbol("MAIN::initial-fact")] : [])
            + rb.deffacts.map { Symbol(Symbol.qualified($0.module, $0.name)) }
        case "undefglobal": rb.globals.map(\.name)
        default: rb.functionOrder
        }
        var changed = rb
        var kept: [String] = []
        for name in names {
            do {
                if let next = try removing(command, name, from: changed) { changed = next }
            } catch let e as EngineError {
                kept.append(e.message)
            }
        }
        try adopt(changed)
        if !kept.isEmpty { throw EngineError(kept.joined(separator: "; ")) }
        return nil
    }

    /// Brings the session to a rule base with constructs removed; the values of globals that
    /// went go too, so code compiled later cannot read them.
    private func adopt(_ changed: RuleBase) throws {
        try session.adopt(changed)
        session.globals = session.globals.filter { name, _ in changed.globals.contains { $0.name == name } }
    }

    /// The construct `name` laid out by `ppdef...`, or nil when there is none; empty for the
    /// built-in `initial-fact` deffacts, which has no text (CLIPS prints nothing).
    private func prettyPrinted(_ command: String, _ name: Symbol) -> String? {
        let rb = ruleBase
        let here = session.currentModule
        let (owner, local) = Symbol.split(name) ?? (here, name)
        switch command {
        case "ppdefrule":
            return rb.ruleIndex(lookingUp: name, from: here).map {
                PrettyPrinter.format(rb.rules[$0].sourceText, module: rb.rules[$0].module.name)
            }
        case "ppdeftemplate":
            return rb.template(named: name, in: here).flatMap { t in
                t.sourceText.map { PrettyPrinter.format($0, module: t.module.name) }
            }
        case "ppdeffacts" where owner.name == "MAIN" && local.name == "initial-fact" && rb.hasInitialFactDeffacts:
            return ""
        case "ppdeffacts":
            return rb.deffacts.last { $0.name == local && $0.module == owner }.map {
                PrettyPrinter.format($0.sourceText, module: $0.module.name)
            }
        case "ppdeffunction":
            return rb.functions[local].map { PrettyPrinter.format($0.sourceText, module: $0.module.name) }
        case "ppdefglobal":
            return rb.globals.last { $0.name == local }.map { "(defglobal \($0.module.name) ?*\($0.name.name)* = \($0.initialText))" }
        default:
            return rb.module(named: name).map { $0.sourceText.map { PrettyPrinter.format($0, module: nil) } ?? "(defmodule MAIN)" }
        }
    }

    /// The rule base without the construct `name`, or nil when there is none; an error when
    /// another construct uses it, or, for a template, facts of it are in working memory.
    private func removing(_ command: String, _ name: Symbol, from base: RuleBase) throws -> RuleBase? {
        let compiler = Compiler(ruleBase: base, module: session.currentModule)
        let (owner, local) = Symbol.split(name) ?? (session.currentModule, name)
        /// Refuses when a construct other than the one going uses it.
        func refuseIfUsed(_ kind: String, _ module: Symbol, _ isUsed: (ConstructUses) -> Bool) throws {
            let key = RuleBase.usesKey(kind, module, local)
            if let user = compiler.ruleBase.user(except: key, isUsed) {
                throw EngineError("\(command): \(local.name) is used by \(user), so it cannot be deleted")
            }
            compiler.ruleBase.constructUses[key] = nil
        }
        switch command {
        case "undefrule":
            if name.name == "*" {
                for i in compiler.ruleBase.rules.indices where !compiler.ruleBase.rules[i].isRemoved { compiler.removeRule(at: i) }
                return compiler.ruleBase
            }
            guard let i = compiler.ruleBase.ruleIndex(lookingUp: name, from: session.currentModule) else { return nil }
            compiler.removeRule(at: i)
        case "undeftemplate":
            guard let t = compiler.ruleBase.template(named: name, in: session.currentModule), !t.isImplied else { return nil }
            let key = Symbol.qualified(t.module, t.name)
            try refuseIfUsed("deftemplate", t.module) { $0.templates.contains(key) }
            if session.facts.contains(where: { $0.template === t }) {
                throw EngineError("\(command): facts of \(local.name) are in working memory, so it cannot be deleted")
            }
            compiler.ruleBase.removedTemplates.insert(t.index)
        case "undeffacts" where owner.name == "MAIN" && local.name == "initial-fact":
            guard compiler.ruleBase.hasInitialFactDeffacts else { return nil }
            compiler.ruleBase.hasInitialFactDeffacts = false
        case "undeffacts":
            guard compiler.ruleBase.deffacts.contains(where: { $0.name == local && $0.module == owner }) else { return nil }
            compiler.ruleBase.deffacts.removeAll { $0.name == local && $0.module == owner }
            compiler.ruleBase.constructUses[RuleBase.usesKey("deffacts", owner, local)] = nil
        case "undefglobal":
            guard let g = compiler.ruleBase.globals.first(where: { $0.name == local }) else { return nil }
            try refuseIfUsed("defglobal", g.module) { $0.globals.contains(local) }
            compiler.ruleBase.globals.removeAll { $0.name == local }
        default:
            guard let f = compiler.ruleBase.functions[local] else { return nil }
            try refuseIfUsed("deffunction", f.module) { $0.functions.contains(local) }
            compiler.ruleBase.functions[local] = nil
            compiler.ruleBase.functionOrder.removeAll { $0 == local }
        }
        return compiler.ruleBase
    }
}
