/// `dependencies` and `dependents`: what logically supports a fact, and what it supports.
extension Builtins {
    static let dependencyFunctions: [BuiltinFunction] = [
        fn("dependencies", 1, 1) { args, ctx in
            let session = ctx.session
            let lines = session.dependencies(of: try session.resolveFact(args[0], function: "dependencies")).map(Session.factList)
            session.io.write(lines.isEmpty ? "None\n" : lines.map { $0 + "\n" }.joined())
            return .void
        },
        fn("dependents", 1, 1) { args, ctx in
            let session = ctx.session
            let facts = session.dependents(of: try session.resolveFact(args[0], function: "dependents"))
            session.io.write(facts.isEmpty ? "None\n" : facts.map { "f-\($0.index)" }.joined(separator: ",") + "\n")
            return .void
        },
    ]
}
