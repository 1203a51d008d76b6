import Testing
@testable import RuleEngine

/// Join memories are hashed on a 64-bit digest of the values a join's equality tests compare.
/// Different values can share a digest; a join must still meet only equal values.
@Suite struct JoinMemoryTests {
    static let rules = """
        (defrule across (a ?x) (b ?x) => (printout t "across " ?x crlf))
        (defrule reversed (b ?x) (a ?x) => (printout t "reversed " ?x crlf))
        (defrule unmatched (a ?x) (not (b ?x)) => (printout t "no b for " ?x crlf))
        """

    /// An integer whose digest bits are those of the symbol `collides`.
    static func collidingInteger() throws -> Int {
        let symbol = Value.symbol("collides")
        let integer = Int(Int64(bitPattern: JoinDigest.bits(of: symbol) &- JoinDigest.bits(of: .integer(0))))
        try #require(JoinDigest.bits(of: .integer(integer)) == JoinDigest.bits(of: symbol))
        return integer
    }

    /// The integer arrives after the symbol (right activations of `across` and `unmatched`, a
    /// left activation of `reversed`), is retracted, and the symbol itself arrives. The output is
    /// what CLIPS prints when `b` holds any other value.
    @Test func valuesSharingADigestDoNotJoin() throws {
        let integer = try Self.collidingInteger()
        let run = runEngine(Self.rules + """

            (assert (a collides))
            (assert (b \(integer)))
            (agenda)
            (run)
            (retract 2)
            (assert (b collides))
            (run)
            """)
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.stdout == "0      unmatched: f-1,*\nFor a total of 1 activation.\nno b for collides\nacross collides\nreversed collides\n")
    }

    /// The integer is there first: the symbol's left activation of `across` and `unmatched`,
    /// and the right activation of `reversed`, meet it in the bucket and pass it by.
    @Test func aDigestSharedWithAnEarlierFactIsPassedBy() throws {
        let integer = try Self.collidingInteger()
        let run = runEngine(Self.rules + """

            (assert (b \(integer)))
            (assert (a collides))
            (run)
            """)
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.stdout == "no b for collides\n")
    }

    /// A token keeps the digest of its key in its join's first keyed memory, so deleting it
    /// finds its bucket without reading its values again. A rule added to a running session can
    /// give a join that already holds tokens that memory; they must get their digests then.
    @Test func aKeyedMemoryAddedLaterFindsItsTokensWhenTheyGo() throws {
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run("""
            (defrule pair (a ?x) (b ?y) =>)
            (assert (a 1) (b 2))
            (defrule triple (a ?x) (b ?y) (c ?y) =>)
            """, file: "later.clp")
        let pair = try #require(env.ruleBase.rules.first { $0.name.name == "pair" })
        let memories = env.ruleBase.joinRoutes[pair.disjuncts[0].lastJoin].memoryIDs
        try #require(memories.count == 2, "the pair's join should have gained a memory keyed on ?y")
        func entries() -> Int {
            var count = 0
            env.session.betaMemories[memories[1]].forEachEntry { _ in count += 1 }
            return count
        }
        #expect(entries() == 1)
        env.run("(retract 2)\n", file: "later.clp")
        #expect(entries() == 0, "the deleted token's bucket should have gone")
    }

    /// A session forked from a shared working memory copies the tokens, digests included.
    @Test func aForkedSessionFindsItsCopiedTokensWhenTheyGo() throws {
        let env = Environment(io: SessionIO(write: { _ in }, readLine: { nil }))
        env.run("""
            (defrule triple (a ?x) (b ?y) (c ?y) =>)
            (deffacts start (a 1) (b 2))
            """, file: "fork.clp")
        let shared = try SharedWorkingMemory(ruleBase: env.ruleBase) { try $0.reset() }
        let fork = Session(forkOf: shared, io: SessionIO(write: { _ in }, readLine: { nil }))
        let triple = try #require(env.ruleBase.rules.first { $0.name.name == "triple" })
        let join = try #require(env.ruleBase.joins.first { $0.id == triple.disjuncts[0].lastJoin }?.leftMemory)
        func entries() -> Int {
            var count = 0
            fork.betaMemories[join].forEachEntry { _ in count += 1 }
            return count
        }
        #expect(entries() == 1)
        try fork.retractFact(try #require(fork.fact(index: 2)))
        #expect(entries() == 0, "the deleted token's bucket should have gone")
    }
}

/// A bucket drops removed entries lazily, in order, and counts them in 16 bits.
@Suite struct MemoryBucketTests {
    final class Entry: MemoryEntry {
        let number: Int
        var isRemoved = false
        init(_ number: Int) { self.number = number }
    }

    /// More removals than the counter holds, never half the bucket: it is compacted when the
    /// count is full, and what is left keeps its order.
    @Test func removalsBeyondTheCounterKeepTheLiveEntriesInOrder() {
        let entries = (0..<200_000).map(Entry.init)
        var bucket = MemoryBucket<Entry>()
        for e in entries { bucket.append(e) }
        for e in entries where e.number % 3 == 0 {
            e.isRemoved = true
            let emptied = bucket.noteRemoved()
            #expect(!emptied)
        }
        var live: [Int] = []
        bucket.entries.forEach { if !$0.isRemoved { live.append($0.number) } }
        #expect(live == entries.filter { $0.number % 3 != 0 }.map(\.number))
    }

    @Test func aBucketWhoseEntriesAreAllRemovedSaysSo() {
        let entries = (0..<3).map(Entry.init)
        var bucket = MemoryBucket<Entry>()
        for e in entries { bucket.append(e) }
        let results = entries.map { e in
            e.isRemoved = true
            return bucket.noteRemoved()
        }
        #expect(results == [false, false, true])
    }
}

/// The open-addressing table under keyed memories, against a dictionary doing the same:
/// digests that share their home slot, buckets leaving from the middle of a probe run and
/// from runs that wrap around the end of the table, growth, and the order within a bucket.
@Suite struct DigestTableTests {
    typealias Entry = MemoryBucketTests.Entry

    /// What the table holds: each digest's live entries in order.
    static func contents(_ table: DigestTable<Entry>, _ digests: some Sequence<UInt64>) -> [UInt64: [Int]] {
        var out: [UInt64: [Int]] = [:]
        for d in digests {
            var live: [Int] = []
            table.entries(d).forEach { if !$0.isRemoved { live.append($0.number) } }
            if !live.isEmpty { out[d] = live }
        }
        return out
    }

    @Test func entriesStayFoundThroughInsertionsAndRemovals() {
        // Small digests share low bits, so probe runs form and wrap; the multiples of 1 << 40
        // all start at slot 0 whatever the table's size.
        let digests: [UInt64] = (0..<40).map { UInt64($0 % 7) &+ UInt64($0 / 7) << 40 } + [6, 7, 15, 31, 63, 127]
        var generator = SystemRandomNumberGenerator()
        var table = DigestTable<Entry>()
        var model: [UInt64: [Entry]] = [:]
        var next = 0
        for step in 0..<4_000 {
            let d = digests.randomElement(using: &generator)!
            if step % 3 != 0 || model[d] == nil {
                let e = Entry(next)
                next += 1
                table.append(e, d)
                model[d, default: []].append(e)
            } else {
                // Mark the oldest live entry of `d` removed, as a join does, and tell the table.
                let e = model[d]!.removeFirst()
                if model[d]!.isEmpty { model[d] = nil }
                e.isRemoved = true
                table.noteRemoved(d)
            }
            if step % 97 == 0 {
                #expect(Self.contents(table, digests) == model.mapValues { $0.map(\.number) }, "after step \(step)")
                #expect(table.count == model.count)
            }
        }
        #expect(Self.contents(table, digests) == model.mapValues { $0.map(\.number) })
        #expect(table.count == model.count)
    }
}
