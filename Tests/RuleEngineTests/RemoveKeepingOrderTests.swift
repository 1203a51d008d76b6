import Testing
@testable import RuleEngine

/// Compacting a memory moves its elements by hand; a mistake there would lose, duplicate or
/// reorder entries, or leak the ones it drops.
@Suite struct RemoveKeepingOrderTests {
    final class Item {
        let n: Int
        init(_ n: Int) { self.n = n }
    }

    @Test(arguments: [
        [Bool](),
        [true], [false],
        [true, true, true], [false, false, false],
        [true, false, true, false, false, true],
        [false, true, true, false, true, false, false],
    ])
    func keepsTheOthersInOrderAndFreesTheRemoved(_ removing: [Bool]) {
        var items = removing.indices.map { Item($0) }
        let watched = items.map { Weak($0) }
        items.removeAllKeepingOrder { removing[$0.n] }
        #expect(items.map(\.n) == removing.indices.filter { !removing[$0] })
        for (i, w) in watched.enumerated() {
            #expect((w.item == nil) == removing[i], "item \(i)")
        }
        withExtendedLifetime(items) {}
    }

    struct Weak {
        weak var item: Item?
        init(_ item: Item) { self.item = item }
    }
}
