/// Commands about the constructs themselves: `ppdef...` print one as CLIPS lays it out,
/// `undef...` remove one, `show-defglobals` prints the globals' values.
extension Environment {
    static let constructCommands: Set<String> = [
        "ppdefrule", "ppdeftemplate", "ppdeffacts", "ppdeffunction", "ppdefglobal", "ppdefmodule",
        "undefrule", "undeftemplate", "undeffacts", "undeffunction", "show-defglobals",
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
        let notFound = EngineError("\(command): there is no \(command.dropFirst(command.hasPrefix("pp") ? 2 : 3)) named \(name)",
                                   at: items[1].location)
        if command.hasPrefix("pp") {
            guard let text = prettyPrinted(command, Symbol(name)) else { throw notFound }
            session.io.write(text + "\n")
        } else {
            guard let changed = removing(command, Symbol(name)) else { throw notFound }
            try session.adopt(changed)
        }
        return nil
    }

    /// The construct `name` laid out by `ppdef...`, or nil when there is none.
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

    /// The rule base without the construct `name`, or nil when there is none.
    private func removing(_ command: String, _ name: Symbol) -> RuleBase? {
        let compiler = Compiler(ruleBase: ruleBase, module: session.currentModule)
        let (owner, local) = Symbol.split(name) ?? (session.currentModule, name)
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
            compiler.ruleBase.removedTemplates.insert(t.index)
        case "undeffacts":
            guard compiler.ruleBase.deffacts.contains(where: { $0.name == local && $0.module == owner }) else { return nil }
            compiler.ruleBase.deffacts.removeAll { $0.name == local && $0.module == owner }
        default:
            guard compiler.ruleBase.functions.removeValue(forKey: local) != nil else { return nil }
            compiler.ruleBase.functionOrder.removeAll { $0 == local }
        }
        return compiler.ruleBase
    }
}
