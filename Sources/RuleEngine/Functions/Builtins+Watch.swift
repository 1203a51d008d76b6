/// `watch`, `unwatch` and `list-watch-items`: which events print a trace, for every construct
/// of a kind or for some by name.
extension Builtins {
    /// CLIPS's watch items in the order `list-watch-items` prints them. Those of COOL, CLIPS's
    /// object system, which this engine does not have, are listed but cannot be set one by one.
    static let listedWatchItems = ["facts", "instances", "slots", "rules", "activations", "messages", "message-handlers",
                                   "generic-functions", "methods", "deffunctions", "compilations", "statistics", "globals", "focus"]
    static let objectWatchItems: Set = ["instances", "slots", "messages", "message-handlers", "generic-functions", "methods"]

    /// The setting of an item that is on or off as a whole.
    static func plainWatchFlag(_ item: String) -> WritableKeyPath<WatchSettings, Bool>? {
        switch item {
        case "compilations": \.compilations
        case "statistics": \.statistics
        case "focus": \.focus
        default: nil
        }
    }

    /// `(watch ITEM [NAME...])` and `(unwatch ...)`. Names narrow the item to those constructs.
    static func setWatch(_ args: [Value], _ ctx: Context, _ on: Bool) throws -> Value {
        let command = on ? "watch" : "unwatch"
        let item = try Arg.lexeme(args[0], command, 1)
        var w = ctx.session.watch
        if item == "all" {
            guard args.count == 1 else { throw EngineError("\(command): all takes no construct names") }
            w.setAll(on)
        } else if let kind = WatchedConstructs(rawValue: item) {
            let keys = try args.dropFirst().enumerated().map { try construct(kind, $0.element, command, $0.offset + 2, ctx).key }
            if keys.isEmpty { w[keyPath: kind.setting].set(on) } else { w[keyPath: kind.setting].set(on, for: keys) }
        } else {
            let flag = try plainWatchItem(item, command)
            guard args.count == 1 else { throw EngineError("\(command): \(item) takes no construct names") }
            w[keyPath: flag] = on
        }
        ctx.session.watch = w
        return .void
    }

    /// `(list-watch-items [ITEM [NAME...]])`: every item's state; or one item's, then that of
    /// each of its constructs, module by module, or of the constructs named.
    static func listWatchItems(_ args: [Value], _ ctx: Context) throws -> Value {
        let command = "list-watch-items"
        let w = ctx.session.watch
        let io = ctx.session.io
        func state(_ on: Bool) -> String { on ? "on" : "off" }
        guard let first = args.first else {
            for item in listedWatchItems {
                let on = WatchedConstructs(rawValue: item).map { w[keyPath: $0.setting].isOn } ?? plainWatchFlag(item).map { w[keyPath: $0] } ?? w.objectItems
                io.write("\(item) = \(state(on))\n")
            }
            return .void
        }
        let item = try Arg.lexeme(first, command, 1)
        guard let kind = WatchedConstructs(rawValue: item) else {
            let flag = try plainWatchItem(item, command)
            guard args.count == 1 else { throw EngineError("\(command): \(item) has no constructs to list") }
            io.write("\(item) = \(state(w[keyPath: flag]))\n")
            return .void
        }
        io.write("\(item) = \(state(w[keyPath: kind.setting].isOn))\n")
        // CLIPS 6.30 shows each rule's activations state under `rules` as well.
        let constructs = w[keyPath: kind == .rules ? \.activations : kind.setting]
        guard args.count == 1 else {
            // One at a time, as CLIPS does: the names before a wrong one are listed.
            for (offset, name) in args.dropFirst().enumerated() {
                let (key, name) = try construct(kind, name, command, offset + 2, ctx)
                io.write("\(name.name) = \(state(constructs.watches(key)))\n")
            }
            return .void
        }
        let rb = ctx.session.ruleBase
        let names = constructListings.first { $0.singular == kind.construct }!.names
        for m in rb.modules {
            io.write(m.name.name + ":\n")
            for name in names(rb, m.name) {
                io.write("   \(name) = \(state(constructs.watches(ConstructWatch.key(m.name, Symbol(name)))))\n")
            }
        }
        return .void
    }

    private static func plainWatchItem(_ item: String, _ command: String) throws -> WritableKeyPath<WatchSettings, Bool> {
        if let flag = plainWatchFlag(item) { return flag }
        if objectWatchItems.contains(item) {
            throw EngineError("\(command): \(item) belong to COOL, CLIPS's object system, which this engine does not have")
        }
        let known = listedWatchItems.filter { !objectWatchItems.contains($0) } + (command == "list-watch-items" ? [] : ["all"])
        throw EngineError("\(command): unknown item '\(item)' (expected one of \(known.joined(separator: ", ")))")
    }

    /// The key and own name of the construct argument `position` names, looked up from the
    /// current module.
    private static func construct(_ kind: WatchedConstructs, _ arg: Value, _ command: String, _ position: Int, _ ctx: Context) throws -> (key: String, name: Symbol) {
        let name = Symbol(try Arg.lexeme(arg, command, position))
        let rb = ctx.session.ruleBase
        let module = ctx.session.currentModule
        let owner = Symbol.split(name)?.0
        let local = Symbol.split(name)?.1 ?? name
        let found: (Symbol, Symbol)? = switch kind {
        case .facts: rb.template(named: name, in: module).map { ($0.module, $0.name) }
        case .rules, .activations: rb.ruleIndex(lookingUp: name, from: module).map { (rb.rules[$0].module, rb.rules[$0].name) }
        case .deffunctions: rb.functions[local].flatMap { owner == nil || $0.module == owner ? ($0.module, $0.name) : nil }
        case .globals: rb.globals.first { $0.name == local && (owner == nil || $0.module == owner) }.map { ($0.module, $0.name) }
        }
        guard let (m, n) = found else { throw EngineError("\(command): there is no \(kind.construct) named \(name.name)") }
        return (ConstructWatch.key(m, n), n)
    }

    static let watchFunctions: [BuiltinFunction] = [
        fn("watch", 1, nil) { args, ctx in try setWatch(args, ctx, true) },
        fn("unwatch", 1, nil) { args, ctx in try setWatch(args, ctx, false) },
        fn("list-watch-items", 0, nil, listWatchItems),
    ]
}
