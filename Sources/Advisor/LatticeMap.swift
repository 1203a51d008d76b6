import RuleEngine

/// The map of roles and the moves between them, read from `role` facts (`id`, `title`,
/// `level`, `track`) and `transition` facts (`from`, `to`, `kind`) when a knowledge base has
/// them, and drawn as Graphviz DOT.
public struct LatticeMap: Sendable {
    public struct Node: Sendable, Equatable {
        public let id: String
        public let title: String
        public let level: Int
        public let track: String
        /// What success looks like in the role (`success` slot), for the brief.
        public let success: [String]
    }

    public struct Edge: Sendable, Equatable {
        public let from: String
        public let to: String
        public let kind: String
    }

    public let nodes: [Node]
    public let edges: [Edge]

    /// Reads the map from a freshly reset session; empty when the knowledge base has no roles.
    init(session: Session) {
        nodes = session.facts(of: "role").map {
            Node(id: $0.text("id"), title: $0.text("title"), level: Int($0.number("level") ?? 0), track: $0.text("track"),
                 success: $0.list("success"))
        }
        edges = session.facts(of: "transition").flatMap { t in
            t.list("from").map { Edge(from: $0, to: t.text("to"), kind: t.text("kind")) }
        }
    }

    /// Highlights for a person's map: where they are, the recommended next steps (drawn
    /// boldly) and the alternatives (dashed).
    public struct Highlights: Sendable {
        public var current: String?
        public var recommended: [String] = []
        public var alternatives: [String] = []

        public init(current: String? = nil, recommended: [String] = [], alternatives: [String] = []) {
            self.current = current
            self.recommended = recommended
            self.alternatives = alternatives
        }
    }

    /// The map as DOT: one row per level, the ladder bottom to top. A `personal` map leaves
    /// out sideways roles and moves that are neither highlighted nor open from where the
    /// person is, so that their own paths stand out.
    public func dot(highlighting h: Highlights = Highlights(), personal: Bool = false) -> String {
        let shown = Set(nodes.filter { node in
            !personal || node.track != "adjacent" || [h.current].contains(node.id) || h.recommended.contains(node.id)
                || h.alternatives.contains(node.id)
        }.map(\.id))
        let nodes = self.nodes.filter { shown.contains($0.id) }
        let edges = self.edges.filter { edge in
            shown.contains(edge.from) && shown.contains(edge.to)
                && (!personal || !["adjacent", "beyond"].contains(edge.kind) || edge.from == h.current)
        }
        var out = ["digraph career {", "  rankdir=BT;", "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                   "  edge [color=gray50];"]
        for level in Set(nodes.map(\.level)).sorted() {
            let ids = nodes.filter { $0.level == level }.map { quote($0.id) }
            out.append("  { rank=same; \(ids.joined(separator: "; ")); }")
        }
        for node in nodes {
            var attributes = ["label=\(quote(node.title))"]
            if node.id == h.current {
                attributes = ["label=\(quote(node.title + "\n(you are here)"))", "style=\"rounded,filled\"", "fillcolor=\"#ffe08a\"", "penwidth=2"]
            } else if h.recommended.contains(node.id) {
                attributes += ["penwidth=3", "color=\"#1b6ac9\""]
            } else if h.alternatives.contains(node.id) {
                attributes += ["style=\"rounded,dashed\"", "color=\"#1b6ac9\""]
            }
            out.append("  \(quote(node.id)) [\(attributes.joined(separator: ", "))];")
        }
        for edge in edges {
            var attributes = ["tooltip=\(quote(edge.kind))"]
            if ["adjacent", "beyond"].contains(edge.kind) { attributes.append("style=dotted") }
            if edge.from == h.current, h.recommended.contains(edge.to) {
                attributes += ["penwidth=3", "color=\"#1b6ac9\""]
            } else if edge.from == h.current, h.alternatives.contains(edge.to) {
                attributes += ["style=dashed", "penwidth=2", "color=\"#1b6ac9\""]
            }
            out.append("  \(quote(edge.from)) -> \(quote(edge.to)) [\(attributes.joined(separator: ", "))];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
