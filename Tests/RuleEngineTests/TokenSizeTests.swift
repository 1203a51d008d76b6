import Testing
@testable import RuleEngine

/// A daemon holds hundreds of tokens per conversation and thousands of conversations, so a
/// token's size is part of its memory budget. Its 96 bytes fill a block of jemalloc's 96-byte
/// size class exactly (the executables link jemalloc, and so does the test process through
/// them); one byte more takes a 112-byte block.
@Suite struct TokenSizeTests {
    /// Exported by glibc and by jemalloc; declared in malloc.h, which Swift's Glibc module leaves out.
    @_silgen_name("malloc_usable_size") static func mallocUsableSize(_ block: UnsafeMutableRawPointer) -> Int

    @Test func aTokenTakesAtMostA96ByteBlock() {
        let root = BetaToken(parent: nil, match: nil, node: 0, sequence: 0)
        let child = BetaToken(parent: root, match: nil, node: 1, sequence: 1)
        root.addChild(child)
        let usable = Self.mallocUsableSize(Unmanaged.passUnretained(child).toOpaque())
        #expect(usable <= 96, "a token now has \(usable) usable bytes, more than a 96-byte block")
    }
}
