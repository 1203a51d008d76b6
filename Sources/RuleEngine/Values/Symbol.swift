import Synchronization

/// An interned symbol: comparing two symbols compares two integers, which is what keeps
/// constant tests and join tests cheap.
public struct Symbol: Hashable, Sendable, Comparable {
    public let id: UInt32

    public init(_ name: String) { id = SymbolTable.shared.intern(name) }
    init(id: UInt32) { self.id = id }

    public var name: String { SymbolTable.shared.name(of: id) }

    /// What dictionaries and sets hash with: the id spread by one multiplication, with the
    /// table's seed folded in, instead of running the full hasher over four bytes. Symbols key
    /// the agendas looked up on every activation (in Waltz that lookup, hasher included, was
    /// 3% of the run) and most of the engine's other tables.
    public func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(id) &+ 1) &* 0x9E37_79B9_7F4A_7C15) ^ seed
    }

    public static func < (a: Symbol, b: Symbol) -> Bool { a.name < b.name }

    public static let `true` = Symbol("TRUE")
    public static let `false` = Symbol("FALSE")
    public static let nil_ = Symbol("nil")
    /// Prints as nothing, like the empty symbol `(sym-cat "")` makes, but no text names it: the
    /// value of CLIPS's commands without a result (`Value.void`).
    static let void = Symbol(id: SymbolTable.shared.addUnnamed())
}

/// The process-wide interner. Symbols are only ever added, never removed, so every session and
/// rule base in the process can share one table; a mutex makes interning safe across threads.
final class SymbolTable: Sendable {
    static let shared = SymbolTable()

    private struct Storage {
        var names: [String] = []
        var ids: [String: UInt32] = [:]
    }
    private let storage = Mutex(Storage())

    func intern(_ name: String) -> UInt32 {
        storage.withLock { s in
            if let id = s.ids[name] { return id }
            let id = UInt32(s.names.count)
            s.names.append(name)
            s.ids[name] = id
            return id
        }
    }

    /// A new id whose name is empty and which `intern` never returns.
    func addUnnamed() -> UInt32 {
        storage.withLock { s in
            s.names.append("")
            return UInt32(s.names.count - 1)
        }
    }

    func contains(_ name: String) -> Bool {
        storage.withLock { $0.ids[name] != nil }
    }

    func name(of id: UInt32) -> String {
        storage.withLock { $0.names[Int(id)] }
    }
}
