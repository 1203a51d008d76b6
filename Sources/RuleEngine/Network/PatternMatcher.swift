/// One field position of a pattern: a single field or a multifield stretch, with an optional
/// literal it must equal and the value slot it is stored in for later tests.
struct FieldElement: Sendable {
    let isMultifield: Bool
    let literal: Value?
    let store: Int?
}

/// The constant part of one pattern, run on each fact of its template: splits the fact's slots
/// among the pattern's elements (several ways when multifield elements allow it), then runs the
/// tests that need no other pattern.
final class PatternMatcher: Sendable {
    /// Per constrained template slot: its index and the elements that must cover its fields.
    let slotElements: [(slot: Int, multislot: Bool, elements: [FieldElement])]
    /// How many leading values are the fact's own slots (zero for ordered facts).
    let fixedSlots: Int
    let valueCount: Int
    let tests: NetworkTests
    /// Per value after the fixed slots: the template slot it comes from and what of it. A match
    /// keeps only where these lie (`SplitBounds`), not copies: `$?` wildcards split every list
    /// fact many ways, and copies of the stretches were a third of an advisor session.
    let extraSources: [(slot: Int, part: ExtraPart)]
    /// Per value, where its atom sits in every matching fact's `atoms`, or -1 where that
    /// depends on how the match split the fact: the join loops then read most values of
    /// ordered facts, as of template facts, without looking at the split.
    let atomPositions: [Int]

    enum ExtraPart {
        case field, stretch
    }

    /// The single-field slots this pattern requires a constant in, for `AlphaDispatch`.
    var constantSlots: [(slot: Int, value: Value)] {
        slotElements.compactMap { spec in
            guard !spec.multislot, let literal = spec.elements[0].literal else { return nil }
            return (spec.slot, literal)
        }
    }

    init(slotElements: [(slot: Int, multislot: Bool, elements: [FieldElement])], fixedSlots: Int, valueCount: Int,
         tests: [NetworkTest]) {
        self.slotElements = slotElements
        self.fixedSlots = fixedSlots
        self.valueCount = valueCount
        self.tests = NetworkTests(tests)
        var sources = [(slot: Int, part: ExtraPart)?](repeating: nil, count: valueCount - fixedSlots)
        for spec in slotElements {
            for e in spec.elements {
                guard let s = e.store else { continue }
                sources[s - fixedSlots] = (spec.slot, e.isMultifield ? .stretch : .field)
            }
        }
        // Every value after the fixed slots is stored by one element of a multislot: a whole
        // slot's value is read as a fixed slot (`PatternBuilder.element(for:fixedSlot:)`).
        extraSources = sources.map { $0! }
        var positions = Array(0..<fixedSlots) + [Int](repeating: -1, count: valueCount - fixedSlots)
        // An ordered fact's atoms are its fields: those before any multifield element are fixed.
        if fixedSlots == 0, let fields = slotElements.first(where: { $0.slot == 0 && $0.multislot }) {
            for (position, e) in fields.elements.enumerated() {
                if e.isMultifield { break }
                if let s = e.store { positions[s] = position }
            }
        }
        atomPositions = positions
    }

    /// `extra`'s value as an atom, for a value without a fixed position: a field of an ordered
    /// fact is still read from the fact's atoms, without copying its list. Out of line, so the
    /// join loops inline only the path of fixed positions.
    @inline(never) func extraAtom(_ index: Int, _ bounds: SplitBounds, of fact: Fact) -> Atom {
        if extraSources[index].part == .field, fact.template.isImplied { return fact.atoms[bounds.start(index)] }
        return Atom(extra(index, bounds, of: fact))
    }

    /// The value at `index` after the fixed slots of a match of `fact` split at `bounds`.
    @inline(__always) func extra(_ index: Int, _ bounds: SplitBounds, of fact: Fact) -> Value {
        let source = extraSources[index]
        let value = fact.slots[source.slot]
        switch source.part {
        case .field: return value.fields[bounds.start(index)]
        case .stretch: return .multifield(Array(value.fields[bounds.start(index)..<bounds.end(index)]))
        }
    }

    /// Every way `fact` matches. Each way keeps only where splitting put its values; they are
    /// all read from the fact.
    func matches(_ fact: Fact, _ ctx: Context) throws -> [PatternMatch] {
        var results: [SplitBounds] = []
        var longest = 0
        for spec in slotElements where spec.multislot { longest = max(longest, fact.slots[spec.slot].fields.count) }
        var bounds = SplitBounds(count: valueCount - fixedSlots, longest: longest)
        split(fact, 0, &bounds, &results)
        if tests.isEmpty { return results.map { PatternMatch(fact: fact, matcher: self, bounds: $0) } }
        var out: [PatternMatch] = []
        let savedMatch = ctx.match
        defer { ctx.match = savedMatch }
        for r in results {
            let m = PatternMatch(fact: fact, matcher: self, bounds: r)
            ctx.match = m
            var ok = true
            for i in 0..<tests.count where try !tests.passes(i, ctx, token: nil, match: m) { ok = false; break }
            if ok { out.append(m) }
        }
        return out
    }

    private func split(_ fact: Fact, _ slotPosition: Int, _ values: inout SplitBounds, _ results: inout [SplitBounds]) {
        if slotPosition == slotElements.count {
            results.append(values)
            return
        }
        let spec = slotElements[slotPosition]
        let value = fact.slots[spec.slot]
        if !spec.multislot {
            let e = spec.elements[0]
            if let lit = e.literal, lit != value { return }
            // A whole single-field slot is read straight from the fact: no bounds to keep.
            split(fact, slotPosition + 1, &values, &results)
            return
        }
        let fields = value.fields
        sequence(fields, 0, spec.elements, 0, &values) { values in
            split(fact, slotPosition + 1, &values, &results)
        }
    }

    /// Matches `elements[e...]` against `fields[f...]`, calling `done` for each complete way.
    private func sequence(_ fields: [Value], _ f: Int, _ elements: [FieldElement], _ e: Int,
                          _ values: inout SplitBounds, _ done: (inout SplitBounds) -> Void) {
        if e == elements.count {
            if f == fields.count { done(&values) }
            return
        }
        let el = elements[e]
        if !el.isMultifield {
            guard f < fields.count else { return }
            if let lit = el.literal, lit != fields[f] { return }
            if let s = el.store { values.set(s - fixedSlots, f, f + 1) }
            sequence(fields, f + 1, elements, e + 1, &values, done)
            return
        }
        var minRest = 0
        var restHasMulti = false
        for later in elements[(e + 1)...] {
            if later.isMultifield { restHasMulti = true } else { minRest += 1 }
        }
        let maxLength = fields.count - f - minRest
        guard maxLength >= 0 else { return }
        let lengths: ClosedRange<Int> = restHasMulti ? 0...maxLength : maxLength...maxLength
        // Longest first: CLIPS reports the splits of one fact in this order, which decides
        // the order their activations fire in.
        for length in lengths.reversed() {
            if let s = el.store { values.set(s - fixedSlots, f, f + length) }
            sequence(fields, f + length, elements, e + 1, &values, done)
        }
    }
}
