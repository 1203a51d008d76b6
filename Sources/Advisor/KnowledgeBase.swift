import Foundation
import RuleEngine

/// A knowledge base loaded and compiled once. Sessions share its rule base, so starting a
/// conversation parses and compiles nothing.
public final class KnowledgeBase: Sendable {
    /// Which knowledge base this is, from its `kb-info` fact.
    public struct Info: Sendable, Codable, Equatable {
        public let name: String
        public let version: String
        public let title: String
    }

    public let directory: URL
    /// The `.clp` files in load order, as `load.clp` lists them.
    public let files: [URL]
    public let ruleBase: RuleBase
    public let info: Info
    /// Every question the knowledge base declares, in declaration order.
    public let questions: [Question]
    /// A fingerprint of the files' contents: sessions record it, so a replay can tell when
    /// the knowledge base changed under it.
    public let fingerprint: String
    /// Which rules read and assert what, for `why`.
    public let ruleGraph: RuleGraph
    /// The roles and moves between them, for `kb graph`, `why-not` and the brief.
    public let map: LatticeMap
    /// The files as forms with their locations, for `kb check` and the rule graph.
    let source: KnowledgeSource
    /// Working memory after `reset` and a first `run`, which every conversation starts from
    /// and shares; nil when that run leaves what a shared memory cannot hold (activations,
    /// logically supported facts) or fails, and each conversation then makes its own.
    let initialMemory: SharedWorkingMemory?

    /// `name version` plus the fingerprint, as stored with saved sessions.
    public var identity: String { Self.identity(name: info.name, version: info.version, fingerprint: fingerprint) }

    /// The identity of a knowledge base known by its parts, as a client of careerd knows it.
    public static func identity(name: String, version: String, fingerprint: String) -> String {
        "\(name) \(version) \(fingerprint)"
    }

    /// Loads the files that `DIR/load.clp` loads, in order.
    /// - Throws: `KnowledgeError` listing every located problem found while loading.
    public init(directory: URL) throws(KnowledgeError) {
        self.directory = directory
        files = try Manifest.files(in: directory)
        var problems: [EngineError] = []
        let environment = Environment(io: SessionIO(write: { _ in }, readLine: { nil }),
                                      reportError: { problems.append($0) })
        var hasher = Fingerprint()
        var forms: [SExpr] = []
        for file in files {
            let text: String
            do { text = try String(contentsOf: file, encoding: .utf8) } catch {
                throw KnowledgeError([EngineError("cannot read the file: \(error.localizedDescription)",
                                                  at: SourceLocation(file: file.path, line: 1, column: 1))])
            }
            hasher.add(text)
            environment.run(text, file: file.path) { forms.append($0) }
        }
        if !problems.isEmpty { throw KnowledgeError(problems) }
        ruleBase = environment.ruleBase
        fingerprint = hasher.hex
        let protocolFacts = try ProtocolReader(ruleBase: ruleBase)
        info = protocolFacts.info
        questions = protocolFacts.questions
        map = protocolFacts.map
        source = KnowledgeSource(forms: forms)
        ruleGraph = RuleGraph(source: source)
        initialMemory = try? SharedWorkingMemory(ruleBase: ruleBase) { session in
            session.settings.checksConstraintsDynamically = true
            try session.reset()
            session.stepBudget = AdvisorSession.defaultStepBudget
            try session.run()
            session.stepBudget = nil
        }
    }

    /// Whether conversations start from one shared working memory (`initialMemory`).
    public var sharesInitialMemory: Bool { initialMemory != nil }

    /// The question with this id.
    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}

/// A 64-bit FNV-1a hash: stable across runs and platforms, unlike `Hasher`.
struct Fingerprint {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            state ^= UInt64(byte)
            state = state &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String { String(state, radix: 16).leftPadded(to: 16) }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
