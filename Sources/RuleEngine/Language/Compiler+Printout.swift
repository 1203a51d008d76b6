/// `printout` as a special form: CLIPS writes each argument as soon as it is evaluated, so
/// output produced while evaluating a later argument (a function that prints) comes after the
/// earlier arguments, not before the whole line.
extension Compiler {
    func compilePrintout(_ args: [SExpr], _ e: SExpr, _ scope: VariableScope) throws -> Expression {
        guard let routerForm = args.first else { throw error("printout: expected a router such as t", e) }
        let router = try compile(routerForm, scope)
        let pieces = try compileArgumentList(Array(args.dropFirst()), scope)
        let loc = e.location
        return Expression { ctx in
            let target = try router(ctx)
            do {
                for (expression, spliced) in pieces {
                    let v = try expression(ctx)
                    for field in spliced ? v.fields : [v] { try ctx.session.write(Builtins.printoutText(field), to: target) }
                }
            } catch var err as EngineError where err.location == nil {
                err.location = loc
                throw err
            }
            return .void
        }
    }
}
