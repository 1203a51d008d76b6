import Testing
@testable import RuleEngine

/// A daemon holds hundreds of tokens per conversation and thousands of conversations, so a
/// token's size is part of its memory budget. Its 88 bytes take a 96-byte block from either
/// allocator the tests may run under: jemalloc's size class (the executables link it, and so
/// does the test process through them) or glibc's 88 usable bytes plus its 8-byte header. One
/// byte more takes a 112-byte block from jemalloc and a 104-byte one from glibc.
@Suite struct TokenSizeTests {
    /// Exported by glibc and by jemalloc; declared in malloc.h, which Swift's Glibc module leaves out.
    @_silgen_name("malloc_usable_size") static func mallocUsableSize(_ block: UnsafeMutableRawPointer) -> Int

    @Test func aTokenTakesAtMostA96ByteBlock() {
        let root = BetaToken(parent: nil, match: nil, node: 0)
        let child = BetaToken(parent: root, match: nil, node: 1)
        root.addChild(child)
        let usable = Self.mallocUsableSize(Unmanaged.passUnretained(child).toOpaque())
        #expect(usable <= 96, "a token now has \(usable) usable bytes, more than a 96-byte block")
    }
}
