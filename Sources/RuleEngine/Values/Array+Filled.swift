extension Array {
    /// `count` copies of `value`, for the frames and slot lists made on every rule firing,
    /// function call and assertion. `Array(repeating:count:)` gets its buffer from a generic
    /// standard-library entry point that looks the storage type up in the runtime's metadata
    /// cache on every call (callgrind: about 300 instructions each); reserving and appending
    /// here stays in code specialised for the element type.
    @inline(__always) init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        for _ in 0..<count { append(value) }
    }
}
