extension Session {
    /// Facts, matches, tokens and activations point at each other (a fact at its matches and
    /// each match back at it, a match at its tokens and those it blocks, a token at its parent
    /// and children, its activations and the facts it supports, those facts back at it), so
    /// memories that are simply dropped keep each other alive. This cuts the links, so that
    /// `reset` and a discarded session (every closed conversation in a daemon) give their memory
    /// back.
    func releaseNetwork() {
        for agenda in agendas.values { agenda.removeAll() }
        for memory in alphaMemories {
            memory.forEachEntry { match in
                // Shared ones belong to the shared working memory, which releases them.
                guard !match.isShared else { return }
                match.releaseTokens()
                match.fact.matches = []
                match.fact.support = []
            }
        }
        // Every token with children or activations hangs under the root; memories may keep
        // only some (`JoinRoutes.keepsAllTokens`).
        var tokens = [root]
        while let t = tokens.popLast() {
            tokens += t.children.array
            Self.release(t)
        }
        supportedFacts = [:]
    }

    private static func release(_ token: BetaToken) {
        token.removeAllChildren()
        token.forEachActivation(token.detachActivation)
        token.supportsFacts = false
    }
}
