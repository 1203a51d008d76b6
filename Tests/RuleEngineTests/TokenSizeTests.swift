import Testing
@testable import RuleEngine

/// A daemon holds hundreds of tokens per conversation and thousands of conversations, so a
/// token's size is part of its memory budget: glibc serves an 88-byte object from a 96-byte
/// block, and one byte more takes a 112-byte block.
@Suite struct TokenSizeTests {
    /// glibc's, declared in malloc.h, which Swift's Glibc module leaves out.
    @_silgen_name("malloc_usable_size") static func mallocUsableSize(_ block: UnsafeMutableRawPointer) -> Int

    @Test func aTokenFitsAn88ByteAllocation() {
        let root = BetaToken(parent: nil, match: nil, node: 0)
        let child = BetaToken(parent: root, match: nil, node: 1)
        root.addChild(child)
        let usable = Self.mallocUsableSize(Unmanaged.passUnretained(child).toOpaque())
        #expect(usable == 88, "a token now takes a \(usable + 8)-byte block")
    }
}
