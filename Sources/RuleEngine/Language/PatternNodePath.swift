/// The nodes a pattern occupies in CLIPS's pattern network, as strings that are equal when
/// CLIPS would share the node: where the pattern sits in the order a fact visits patterns
/// (`AlphaTree`). Only what changes that order is kept: fields that test nothing are left out,
/// as CLIPS leaves them out, and a constant is two nodes, the selector that reads the field
/// (shared by every constant on it, so it keeps the place of the first) and the value.
enum PatternNodePath {
    /// One field of a slot as compiled: its shape key (`?`, `$?`, `=value`), whether it is a
    /// constant or a multifield, and the keys of its tests on the fact alone.
    struct Field {
        let key: String
        let isConstant: Bool
        let isMultifield: Bool
        let tests: [String]
    }

    /// The nodes of one slot (a template's single-field slot, or the fields of a multislot or
    /// an ordered fact).
    static func nodes(slot: Int, multislot: Bool, fields: [Field]) -> [String] {
        guard multislot else {
            guard let f = fields.first, f.isConstant || !f.tests.isEmpty else { return [] }
            return node(slot: "\(slot)", f, length: "")
        }
        // A multislot's first field also checks the slot's length, when single fields need one;
        // that test keeps it in the network even if it tests nothing else.
        let singles = fields.filter { !$0.isMultifield }.count
        let multis = fields.count - singles
        let length = singles == 0 ? "" : " length" + (multis > 0 ? ">=" : "=") + "\(singles)"
        var out: [String] = []
        for (i, f) in fields.enumerated() {
            let checksLength = i == 0 && !length.isEmpty
            let testsNothing = !f.isConstant && f.tests.isEmpty && !checksLength
            // A lone multifield that tests nothing matches any length: it is left out too.
            if testsNothing && (!f.isMultifield || multis == 1) { continue }
            out += node(slot: "\(slot):\(i)", f, length: checksLength ? length : "")
        }
        return out
    }

    private static func node(slot: String, _ f: Field, length: String) -> [String] {
        if f.isConstant { return ["select \(slot)\(length)", "\(slot) \(f.key)"] }
        return ["\(slot)\(length) " + ([f.key] + f.tests).joined(separator: " ")]
    }
}
