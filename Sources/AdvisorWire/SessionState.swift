import Advisor

/// What a client sees of a session after every call: the open question (with its number in
/// the conversation) or, when none is left, the complete advice.
public struct SessionState: Codable, Sendable, Equatable {
    public let id: String
    /// How many answers the session holds.
    public let answered: Int
    public let complete: Bool
    /// The question to put to the person next; absent when the advice is complete.
    public let question: Question?
    /// 1-based position of `question` in the conversation, as the REPL numbers it.
    public let questionNumber: Int?
    /// The advice so far, in the shape `career advise --format json` prints.
    public let advice: AdviceDocument

    public init(id: String, session: AdvisorSession) {
        self.id = id
        answered = session.answers.count
        let open = session.openQuestion
        complete = open == nil
        question = open
        questionNumber = open.map { _ in session.answers.count + 1 }
        advice = AdviceDocument(session: session)
    }
}

/// `201` from `POST /v1/sessions`. The token is shown once; the daemon keeps only its digest.
public struct CreatedSession: Codable, Sendable {
    public let id: String
    public let token: String
    public let state: SessionState

    public init(id: String, token: String, state: SessionState) {
        (self.id, self.token, self.state) = (id, token, state)
    }
}

/// An answer as clients send it: what a person typed (`"2"`, `"lead"`, `"skip"`), a number,
/// `true`/`false` for yes-no questions, or a list of choice values.
public struct AnswerInput: Codable, Sendable, Equatable {
    public let typed: String

    public init(typed: String) { self.typed = typed }

    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if let text = try? single.decode(String.self) {
            typed = text
        } else if let flag = try? single.decode(Bool.self) {
            typed = flag ? "yes" : "no"
        } else if let number = try? single.decode(Double.self) {
            typed = AnswerValue.format(number)
        } else if let list = try? single.decode([String].self) {
            typed = list.joined(separator: ", ")
        } else {
            throw DecodingError.typeMismatch(String.self, .init(codingPath: decoder.codingPath,
                debugDescription: "expected a string, a number, true or false, or a list of strings"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        try single.encode(typed)
    }
}

/// Body of `POST /v1/sessions/{id}/answers`.
public struct NewAnswer: Codable, Sendable {
    public let question: String
    public let value: AnswerInput

    public init(question: String, value: AnswerInput) {
        (self.question, self.value) = (question, value)
    }
}

/// Body of `PUT /v1/sessions/{id}/answers/{question}`.
public struct RevisedAnswer: Codable, Sendable {
    public let value: AnswerInput

    public init(value: AnswerInput) { self.value = value }
}

/// Body of `POST /v1/sessions/{id}/what-if`: answers to give or change in a copy.
public struct WhatIfRequest: Codable, Sendable {
    public let answers: [NewAnswer]

    public init(answers: [NewAnswer]) { self.answers = answers }
}

extension AdviceDocument.AnsweredQuestion {
    /// The answer as the advisor holds it, read back from its JSON form.
    public func value(kind: Question.Kind?) -> AnswerValue {
        if value == ["unknown"] { return .unknown }
        switch kind {
        case .number: return Double(value.first ?? "").map(AnswerValue.number) ?? .text(value.first ?? "")
        case .text: return .text(value.first ?? "")
        default: return .choices(value)
        }
    }
}
