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
        sessionsCreated = registry.makeCounter(name: "careerd_sessions_created_total", help: "Sessions created since start")
        sessionsResident = registry.makeGauge(name: "careerd_sessions_resident", help: "Sessions held in memory")
        turns = registry.makeCounter(name: "careerd_turns_total", help: "Answers, revisions and withdrawals taken")
        turnDuration = registry.makeDurationHistogram(name: "careerd_turn_duration_seconds", buckets: buckets,
                                                      help: "Time to take one answer: engine run plus commit")
        requestDuration = registry.makeDurationHistogram(name: "careerd_request_duration_seconds", buckets: buckets,
                                                         help: "Time to answer one HTTP request")
        rejected = registry.makeCounter(name: "careerd_requests_rejected_total", help: "Requests refused over the concurrency cap")
    }
}
