import Advisor

/// A question as the person sees it: its text, numbered choices and how to answer.
enum QuestionText {
    static func render(_ question: Question, number: Int, style: TextStyle) -> String {
        var out = [style.heading(style.wrap("\(number). \(question.text)", first: "", rest: "   "))]
        if !question.help.isEmpty { out.append(style.dim(style.wrap(question.help, first: "   ", rest: "   "))) }
        switch question.kind {
        case .single, .multiple:
            for (i, choice) in question.choices.enumerated() {
                out.append(style.wrap(choice.label, first: "   \(i + 1)) ".padding(toLength: 8, withPad: " ", startingAt: 0), rest: "        "))
            }
        case .yesNo, .number, .text:
            break
        }
        out.append(style.dim("   " + hint(question)))
        return out.joined(separator: "\n")
    }

    static func hint(_ question: Question) -> String {
        let commands = "(skip, back, why, help)"
        switch question.kind {
        case .single: return "Type a number or the start of a choice. \(commands)"
        case .multiple: return "Type one or more numbers, separated by commas. \(commands)"
        case .yesNo: return "Type yes or no. \(commands)"
        case .number:
            return "Type a number from \(AnswerValue.format(question.minimum)) to \(AnswerValue.format(question.maximum)). \(commands)"
        case .text: return "Type your answer. \(commands)"
        }
    }
}
