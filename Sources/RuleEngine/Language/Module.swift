/// A `defmodule`: a namespace for constructs, with the clauses that decide which of its
/// constructs other modules see and which of theirs it sees.
public struct Module: Sendable {
    public let name: Symbol
    /// `(export ...)` clauses as written, without the keyword, for listing.
    public let exports: [String]
    /// `(import ...)` clauses as written, without the keyword, for listing.
    public let imports: [String]
    let exportSpecs: [PortSpec]
    let importSpecs: [PortSpec]
    /// The construct as written, for `ppdefmodule`; nil for the predefined MAIN.
    let sourceText: String?

    init(name: Symbol, exports: [PortSpec] = [], imports: [PortSpec] = [], exportTexts: [String] = [],
         importTexts: [String] = [], sourceText: String? = nil) {
        self.name = name
        self.exportSpecs = exports
        self.importSpecs = imports
        self.exports = exportTexts
        self.imports = importTexts
        self.sourceText = sourceText
    }

    static let main = Module(name: Symbol("MAIN"))
}

/// One `(export ...)` clause, or one `(import MODULE ...)` clause with its module.
struct PortSpec: Sendable {
    /// The module imported from; nil in an export clause.
    let module: Symbol?
    /// `deftemplate`, `deffunction`, `defglobal`...; nil when the clause covers every kind.
    let construct: String?
    /// The names covered; nil for `?ALL`, empty for `?NONE`.
    let names: Set<String>?

    func covers(_ kind: String, _ name: Symbol) -> Bool {
        guard construct == nil || construct == kind else { return false }
        return names.map { $0.contains(name.name) } ?? true
    }
}

extension RuleBase {
    func module(named name: Symbol) -> Module? { modules.first { $0.name == name } }

    /// Whether a `kind` construct called `name` that belongs to `owner` can be used from
    /// `module`: its own, or imported from a module that exports it.
    func isVisible(_ kind: String, _ name: Symbol, owner: Symbol, in module: Symbol) -> Bool {
        if owner == module { return true }
        guard let importer = self.module(named: module), let exporter = self.module(named: owner) else { return false }
        return importer.importSpecs.contains { $0.module == owner && $0.covers(kind, name) }
            && exporter.exportSpecs.contains { $0.covers(kind, name) }
    }

    /// The template `name` means in `module`: its own, else one it imports. `MODULE::name`
    /// names a module's template directly.
    func template(named name: Symbol, in module: Symbol) -> Template? {
        let live = templates.lazy.reversed().filter { !self.removedTemplates.contains($0.index) }
        if let (owner, local) = Symbol.split(name) {
            return live.first { $0.name == local && $0.module == owner }
        }
        return live.first { $0.name == name && $0.module == module }
            ?? live.first { $0.name == name && self.isVisible("deftemplate", name, owner: $0.module, in: module) }
    }
}

extension Symbol {
    /// `MODULE::name`.
    static func qualified(_ module: Symbol, _ name: Symbol) -> String { module.name + "::" + name.name }

    /// `MODULE::name` → (MODULE, name); nil when the name is not qualified.
    static func split(_ qualified: Symbol) -> (Symbol, Symbol)? {
        guard let r = qualified.name.range(of: "::") else { return nil }
        return (Symbol(String(qualified.name[..<r.lowerBound])), Symbol(String(qualified.name[r.upperBound...])))
    }
}
