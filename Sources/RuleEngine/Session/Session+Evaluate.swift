/// Evaluating text at run time (`eval`, and callers such as the advisor).
extension Session {
    /// Parses and evaluates one expression against this session's program.
    public func evaluate(_ text: String, file: String = "eval") throws -> Value {
        var reader = Reader(text, file: file)
        guard let form = try reader.read() else { throw EngineError("\(file): expected an expression, got nothing") }
        let compiler = Compiler(ruleBase: ruleBase, module: currentModule)
        compiler.recognizesSequenceOperator = settings.recognizesSequenceOperator
        let scope = VariableScope(allowsNewLocals: true)
        let expr = try compiler.compile(form, scope)
        adoptTemplates(from: compiler.ruleBase)
        return try expr(Context(session: self, frameSize: scope.frameSize))
    }
}

extension Environment {
    /// `(build "(defrule ...)")`: defines a construct from text.
    func build(_ text: String) -> Bool {
        var reader = Reader(text, file: "build")
        guard let form = try? reader.read(), let head = form.head, Environment.constructs.contains(head) else { return false }
        do {
            try define(form, head: head, source: text)
            return true
        } catch let e as EngineError {
            reportError(e)
            return false
        } catch {
            return false
        }
    }
}
