import Advisor

/// `GET /v1/sessions/{id}/why`: why the open question is asked and what its answer decides.
public struct WhyResponse: Codable, Sendable, Equatable {
    public let question: String
    public let depth: Int
    public let askedBecause: String
    public let basedOn: [String]
    public let leadsTo: [String]
    public let canGoFurther: Bool

    public init(question: String, depth: Int, why: WhyAnswer) {
        (self.question, self.depth) = (question, depth)
        (askedBecause, basedOn, leadsTo, canGoFurther) = (why.askedBecause, why.basedOn, why.leadsTo, why.canGoFurther)
    }

    /// The advisor's own form, as the REPL renders it.
    public var answer: WhyAnswer {
        WhyAnswer(askedBecause: askedBecause, basedOn: basedOn, leadsTo: leadsTo, canGoFurther: canGoFurther)
    }
}

/// `GET /v1/sessions/{id}/how`: the derivation of the placement or one recommendation.
public struct HowResponse: Codable, Sendable, Equatable {
    public let target: String
    public let explanation: Explanation

    public init(target: String, explanation: Explanation) {
        (self.target, self.explanation) = (target, explanation)
    }
}

/// `GET /v1/sessions/{id}/why-not`: why a role is not recommended. `status` says which of
/// the cases applies; the other fields are filled as that case has them.
public struct WhyNotResponse: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case recommended, current, below, notRecommended = "not-recommended"
    }

    public let role: String
    public let status: Status
    public let title: String
    /// With `recommended`: the recommendation itself.
    public let recommendation: Recommendation?
    /// With `current` and `below`: where the person is placed.
    public let placement: Placement?
    public let total: Double?
    public let against: [String]
    public let support: [String]
    public let path: [String]
    /// No evidence either way and no path on the map from where the person is.
    public let unreachable: Bool

    /// Nil when no role goes by that name.
    public init?(role: String, answer: WhyNotAnswer) {
        self.role = role
        var recommendation: Recommendation?, placement: Placement?, total: Double?
        var against: [String] = [], support: [String] = [], path: [String] = [], unreachable = false
        switch answer {
        case .unknown: return nil
        case .recommended(let r): (status, title, recommendation, total) = (.recommended, r.title, r, r.certainty)
        case .current(let p): (status, title, placement) = (.current, p.title, p)
        case .below(let t, let p): (status, title, placement) = (.below, t, p)
        case .notRecommended(let n):
            (status, title, total, against, support, path) = (.notRecommended, n.title, n.total, n.against, n.support, n.path)
            unreachable = n.unreachable
        }
        (self.recommendation, self.placement, self.total) = (recommendation, placement, total)
        (self.against, self.support, self.path, self.unreachable) = (against, support, path, unreachable)
    }

    /// The advisor's own form, as the REPL renders it.
    public var answer: WhyNotAnswer {
        switch status {
        case .recommended: return recommendation.map(WhyNotAnswer.recommended) ?? .unknown
        case .current: return placement.map(WhyNotAnswer.current) ?? .unknown
        case .below: return placement.map { .below(title: title, placement: $0) } ?? .unknown
        case .notRecommended:
            return .notRecommended(.init(title: title, total: total, against: against, support: support, path: path))
        }
    }
}

/// `POST /v1/sessions/{id}/what-if`: the advice with other answers, beside the real one.
public struct WhatIfResponse: Codable, Sendable, Equatable {
    public struct Change: Codable, Sendable, Equatable {
        public let kind: String
        public let title: String
        public let before: Double?
        public let after: Double?
    }

    public let advice: AdviceDocument
    /// The question the copy would ask next, if any.
    public let question: Question?
    public let placementBefore: Placement?
    public let placementAfter: Placement?
    public let changes: [Change]

    public init(advice: AdviceDocument, question: Question?, diff: AdviceDiff) {
        self.advice = advice
        self.question = question
        placementBefore = diff.placementBefore
        placementAfter = diff.placementAfter
        changes = diff.changes.map { Change(kind: $0.kind, title: $0.title, before: $0.before, after: $0.after) }
    }
}

/// `GET /v1/knowledge`: which knowledge base the daemon serves, and its questions.
public struct KnowledgeResponse: Codable, Sendable {
    public let name: String
    public let version: String
    public let title: String
    public let fingerprint: String
    public let questions: [Question]

    public init(knowledge: KnowledgeBase) {
        (name, version, title) = (knowledge.info.name, knowledge.info.version, knowledge.info.title)
        (fingerprint, questions) = (knowledge.fingerprint, knowledge.questions)
    }

    /// `name version fingerprint`, as sessions record the knowledge base they were answered against.
    public var identity: String { KnowledgeBase.identity(name: name, version: version, fingerprint: fingerprint) }
}
