/// What `(watch statistics)` prints after a `run`: the rules fired and, as CLIPS 6.30 counts
/// them, the mean and maximum number of facts, instances and activations. The working memory
/// and the agenda are sampled once before the first firing and once after each, and a mean
/// is rounded to the nearest whole number (Debian's build prints no run time).
struct RunStatistics {
    private var samples = 0
    private var factTotal = 0, factMaximum = 0
    private var activationTotal = 0, activationMaximum = 0

    /// Starts with the sample taken before the first firing.
    init(facts: Int, activations: Int) { sample(facts: facts, activations: activations) }

    mutating func sample(facts: Int, activations: Int) {
        samples += 1
        factTotal += facts
        factMaximum = max(factMaximum, facts)
        activationTotal += activations
        activationMaximum = max(activationMaximum, activations)
    }

    func report(fired: Int) -> String {
        """
        \(fired) rules fired
        \(mean(factTotal)) mean number of facts (\(factMaximum) maximum).
        \(Self.instanceLine)
        \(mean(activationTotal)) mean number of activations (\(activationMaximum) maximum).

        """
    }

    /// COOL is not implemented, so the one instance is the `[initial-object]` CLIPS always
    /// has, and its count never changes.
    private static let instanceLine = "1 mean number of instances (1 maximum)."

    private func mean(_ total: Int) -> Int { Int((Double(total) / Double(samples)).rounded()) }
}
