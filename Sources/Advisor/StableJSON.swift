import Foundation

/// JSON for programs: pretty-printed with sorted keys, so two runs on the same answers are
/// byte-identical and diffs stay small.
enum StableJSON {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
