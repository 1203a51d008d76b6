import Foundation

/// Why a typed answer was not accepted: the question it was for and what would have been.
public struct AnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let question: String
    public let message: String

    public var description: String { "\(question): \(message)" }
}

extension Question {
    /// Reads what a person typed. Choices match by number, by value or label (case-insensitive),
    /// or by a prefix that picks out exactly one choice; `skip`, `unknown` and `?` skip.
    public func parse(_ raw: String) throws(AnswerError) -> AnswerValue {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { throw fail("type an answer, or \"skip\" if you would rather not say") }
        if ["skip", "unknown", "?"].contains(text.lowercased()) { return .unknown }
        switch kind {
        case .single:
            return .choices([try choice(matching: text)])
        case .yesNo:
            return .choices([try yesOrNo(text)])
        case .multiple:
            return .choices(try choices(in: text))
        case .number:
            return .number(try number(text))
        case .text:
            return .text(text)
        }
    }

    private func fail(_ message: String) -> AnswerError { AnswerError(question: id, message: message) }

    private func choice(matching text: String) throws(AnswerError) -> String {
        if let n = Int(text) {
            guard choices.indices.contains(n - 1) else {
                throw fail("\(n) is not one of the choices; pick 1 to \(choices.count)")
            }
            return choices[n - 1].value
        }
        let wanted = Self.normalised(text)
        let named = choices.map { (choice: $0, value: Self.normalised($0.value), label: Self.normalised($0.label)) }
        if let exact = named.first(where: { $0.value == wanted || $0.label == wanted }) { return exact.choice.value }
        var candidates = named.filter { $0.value.hasPrefix(wanted) || $0.label.hasPrefix(wanted) }
        if candidates.isEmpty {
            // Every typed word somewhere in the label: "product area" finds
            // "A product or feature area end to end".
            let words = wanted.split(separator: " ")
            candidates = named.filter { c in words.allSatisfy { c.label.contains($0) } }
        }
        switch candidates.count {
        case 1: return candidates[0].choice.value
        case 0: throw fail("\"\(text)\" is not one of the choices; type its number (1 to \(choices.count)) or the start of its text")
        default:
            let names = candidates.map { "\"\($0.choice.label)\"" }.joined(separator: " or ")
            throw fail("\"\(text)\" could be \(names); type more of it or its number")
        }
    }

    /// Lower case, with hyphens and underscores read as spaces, so `product-area`,
    /// `Product area` and `product_area` are the same words. Scalar by scalar: Foundation's
    /// `replacingOccurrences`, twice per choice, was a fifth of an answer turn.
    private static func normalised(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars { out.append(scalar == "-" || scalar == "_" ? " " : scalar) }
        return String(out)
    }

    private func yesOrNo(_ text: String) throws(AnswerError) -> String {
        switch text.lowercased() {
        case "y", "yes", "true": return "yes"
        case "n", "no", "false": return "no"
        default:
            if !choices.isEmpty, let value = try? choice(matching: text) { return value }
            throw fail("answer yes or no")
        }
    }

    /// Several choices, separated by commas, or by spaces when every part is a number.
    private func choices(in text: String) throws(AnswerError) -> [String] {
        var parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let words = text.split(separator: " ").map(String.init)
        if parts.count == 1, words.count > 1, words.allSatisfy({ Int($0) != nil }) { parts = words }
        var picked: [String] = []
        for part in parts {
            let value = try choice(matching: part)
            if !picked.contains(value) { picked.append(value) }
        }
        if picked.isEmpty { throw fail("pick one or more choices by number, separated by commas") }
        return picked
    }

    private func number(_ text: String) throws(AnswerError) -> Double {
        guard let n = Double(text), n.isFinite else { throw fail("\"\(text)\" is not a number; type a number from \(range)") }
        guard n >= minimum, n <= maximum else { throw fail("\(AnswerValue.format(n)) is out of range; type a number from \(range)") }
        return n
    }

    private var range: String { "\(AnswerValue.format(minimum)) to \(AnswerValue.format(maximum))" }
}
