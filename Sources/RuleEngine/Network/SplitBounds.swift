/// Where splitting a fact's multislots put each value a pattern keeps beyond the fact's own
/// slots: the field bounds `start..<end` in its slot (one field is `p..<p + 1`). Every such
/// value can be read back from the fact, so a match keeps only these numbers. Up to four values
/// within the first 255 fields pack into one word, which is most matches: they allocate nothing.
struct SplitBounds {
    private var packed: UInt64 = 0
    /// Start and end per value, when they do not pack.
    private var spilled: [Int]?

    /// Bounds for `count` values in slots of at most `longest` fields.
    init(count: Int, longest: Int) {
        if count > 4 || longest > 255 { spilled = Array(repeating: 0, count: 2 * count) }
    }

    mutating func set(_ index: Int, _ start: Int, _ end: Int) {
        if spilled != nil {
            spilled![2 * index] = start
            spilled![2 * index + 1] = end
        } else {
            let shift = UInt64(16 * index)
            packed = packed & ~(0xFFFF << shift) | UInt64(start << 8 | end) << shift
        }
    }

    /// Inlined, as `end`: the join loops read where fields of ordered facts lie.
    @inline(__always) func start(_ index: Int) -> Int {
        if let spilled { return spilled[2 * index] }
        return Int(packed >> UInt64(16 * index + 8) & 0xFF)
    }

    @inline(__always) func end(_ index: Int) -> Int {
        if let spilled { return spilled[2 * index + 1] }
        return Int(packed >> UInt64(16 * index) & 0xFF)
    }
}
