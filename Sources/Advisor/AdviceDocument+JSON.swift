import Foundation

extension AdviceDocument {
    /// Pretty-printed JSON with sorted keys, so the output is stable enough to diff.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
