extension Array {
    /// Removes the elements `shouldRemove` picks and keeps the others in order, as
    /// `removeAll(where:)` does, but moves elements where it swaps them: a swap counted two
    /// references per element it moved, and compacting a memory moves most of its elements.
    mutating func removeAllKeepingOrder(where shouldRemove: (Element) -> Bool) {
        let kept: Int = withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            // [0, kept) holds the elements kept, [kept, i) those removed so far.
            var kept = 0
            for i in 0..<buffer.count where !shouldRemove(base[i]) {
                if kept != i {
                    let removed = (base + kept).move()
                    (base + kept).moveInitialize(from: base + i, count: 1)
                    (base + i).initialize(to: removed)
                }
                kept += 1
            }
            return kept
        }
        removeLast(count - kept)
    }
}
