extension AdvisorSession {
    /// A copy of this conversation with some answers given or changed; this session is left
    /// exactly as it was. The copy is rebuilt from the answer log, with no parsing or compiling.
    public func whatIf(_ changes: [(question: String, typed: String)]) throws(AdvisorError) -> AdvisorSession {
        let fork = try AdvisorSession(knowledge: knowledge, replaying: answers)
        for change in changes { try fork.answer(change.question, change.typed) }
        return fork
    }

    /// Reads `question = value, question = value`; a multiple-choice value may itself hold
    /// commas (`energisers = deals, zero-to-one`), so a part without `=` continues the value.
    public static func parseAssignments(_ text: String) throws(AdvisorError) -> [(question: String, typed: String)] {
        var pairs: [(question: String, typed: String)] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            if let equals = part.firstIndex(of: "=") {
                let question = part[..<equals].trimmingCharacters(in: .whitespaces)
                guard !question.isEmpty else { throw .nothingToDo("expected question = value before \"\(part)\"") }
                pairs.append((question, part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].typed += "," + part
            } else {
                throw .nothingToDo("expected question = value, e.g. goal = deepen")
            }
        }
        return pairs
    }
}
