extension AdviceDocument {
    public func jsonText() throws -> String { try StableJSON.text(self) }
}
