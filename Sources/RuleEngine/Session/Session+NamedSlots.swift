/// Asserting facts from Swift by slot name, for hosts such as the advisor.
extension Session {
    /// Asserts a template fact from named slot values; the other slots take their defaults and
    /// every slot is checked against its constraints, as `(assert ...)` does.
    @discardableResult
    public func assertFact(_ template: Template, named values: [Symbol: Value]) throws -> Fact? {
        for name in values.keys where template.slotIndex(name) == nil {
            throw EngineError("deftemplate \(template.name.name) has no slot \(name.name)")
        }
        let given = template.slots.map { values[$0.name] }
        return try assertFact(template, template.completeSlots(given, at: nil, context, checked: true))
    }
}
