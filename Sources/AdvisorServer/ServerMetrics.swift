import Prometheus

/// What `/metrics` reports, in Prometheus's text format. A registry per application (not the
/// process-wide metrics system) so that every test's application counts only its own.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let sessionsCreated: Counter
    let sessionsResident: Gauge
    let turns: Counter
    let turnDuration: DurationHistogram
    let requestDuration: DurationHistogram
    let rejected: Counter

    init() {
        let buckets: [Duration] = [.microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
                                   .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50),
                                   .milliseconds(100), .milliseconds(250), .seconds(1)]
        sessionsCreated = registry.makeCounter(descriptor: Self.name("sessions_created", "total", "Sessions created since start"))
        sessionsResident = registry.makeGauge(descriptor: Self.name("sessions_resident", "", "Sessions held in memory"))
        turns = registry.makeCounter(descriptor: Self.name("turns", "total", "Answers, revisions and withdrawals taken"))
        turnDuration = registry.makeDurationHistogram(
            descriptor: Self.name("turn_duration", "seconds", "Time to take one answer: engine run plus commit"), buckets: buckets)
        requestDuration = registry.makeDurationHistogram(
            descriptor: Self.name("request_duration", "seconds", "Time to answer one HTTP request"), buckets: buckets)
        rejected = registry.makeCounter(descriptor: Self.name("requests_rejected", "total", "Requests refused over the concurrency cap"))
    }

    /// `careerd_METRIC_UNIT` (the unit left out when empty) with its help line.
    private static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "careerd", metricName: metric, unitName: unit, helpText: help)
    }
}
