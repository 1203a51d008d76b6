/// Which events print a trace, as `watch` and `unwatch` set them.
public struct WatchSettings: Sendable {
    public var facts = ConstructWatch()
    public var rules = ConstructWatch()
    public var activations = ConstructWatch()
    public var globals = ConstructWatch()
    public var deffunctions = ConstructWatch()
    public var focus = false
    public var statistics = false
    public var compilations = true
    /// The items of COOL, CLIPS's object system, which only `watch all` and `unwatch all` set
    /// here: this engine has no objects to trace, but `list-watch-items` shows them as CLIPS does.
    var objectItems = false
    public init() {}

    /// After `clear`: constructs defined again later follow their item, as new ones do.
    mutating func forgetNamedConstructs() {
        for item in WatchedConstructs.allCases { self[keyPath: item.setting].set(self[keyPath: item.setting].isOn) }
    }

    /// `(watch all)` and `(unwatch all)`: every item, each construct included.
    mutating func setAll(_ on: Bool) {
        for item in WatchedConstructs.allCases { self[keyPath: item.setting].set(on) }
        focus = on
        statistics = on
        compilations = on
        objectItems = on
    }
}

/// A watch item that can be narrowed to constructs (`(watch facts TEMPLATE...)`): the item's
/// own state, and the constructs named one by one since it was last set. A construct nobody
/// named follows the item, so one defined later is watched when the item is on, as in CLIPS;
/// and it is known by name, so a redefinition keeps its state.
public struct ConstructWatch: Sendable {
    /// The item's own state, which `list-watch-items` shows first.
    public private(set) var isOn = false
    private var named: [String: Bool] = [:]

    public init() {}

    /// Whether the construct `key` (`MODULE::NAME`) is watched. The key is only built when some
    /// construct was named: the check sits on the path of every assertion and firing.
    func watches(_ key: @autoclosure () -> String) -> Bool {
        named.isEmpty ? isOn : named[key()] ?? isOn
    }

    /// Whether any construct at all is watched.
    var watchesAny: Bool { isOn || named.values.contains(true) }

    /// The item and every construct.
    public mutating func set(_ on: Bool) {
        isOn = on
        named = [:]
    }

    /// The constructs `keys` only.
    public mutating func set(_ on: Bool, for keys: [String]) {
        for key in keys { named[key] = on }
    }

    /// The key a construct is watched under.
    static func key(_ module: Symbol, _ name: Symbol) -> String { Symbol.qualified(module, name) }
}

/// The watch items that can be narrowed to constructs, and the kind of construct each names.
enum WatchedConstructs: String, CaseIterable {
    case facts, rules, activations, globals, deffunctions

    var setting: WritableKeyPath<WatchSettings, ConstructWatch> {
        switch self {
        case .facts: \.facts
        case .rules: \.rules
        case .activations: \.activations
        case .globals: \.globals
        case .deffunctions: \.deffunctions
        }
    }

    /// The construct's name, as CLIPS's errors call it.
    var construct: String {
        switch self {
        case .facts: "deftemplate"
        case .rules, .activations: "defrule"
        case .globals: "defglobal"
        case .deffunctions: "deffunction"
        }
    }
}

/// The keys the traces look constructs up by.
extension Session {
    func watchKey(_ template: Template) -> String { ConstructWatch.key(template.module, template.name) }

    func watchKey(rule r: Int) -> String { ConstructWatch.key(ruleBase.rules[r].module, ruleBase.rules[r].name) }

    func watchKey(global name: Symbol) -> String {
        ConstructWatch.key(ruleBase.globals.first { $0.name == name }?.module ?? Symbol("MAIN"), name)
    }
}
