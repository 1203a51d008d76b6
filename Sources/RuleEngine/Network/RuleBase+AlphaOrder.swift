/// Placing alpha nodes in the order facts visit them (`AlphaTree`), and in the dispatch that
/// picks the ones a fact may match (`AlphaDispatch`).
extension RuleBase {
    mutating func placeAlphaNode(_ id: Int) {
        let t = alphaNodes[id].template.index
        let rank = alphaTrees[t].place(path: alphaNodes[id].path)
        alphaDispatch[t].insert(id, at: rank, constants: alphaNodes[id].matcher.constantSlots)
    }
}
