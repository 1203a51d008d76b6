import Benchmark
import RuleEngine

/// The engine's benchmarks (issue 3). The CLIPS-language workloads are the same programs that
/// `scripts/bench-vs-clips` runs through Debian's `clips`; the others measure what a daemon
/// holding many conversations pays: a session, a fact, a program load.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 10
    )
    registerLanguageWorkloads()
    registerSessionBenchmarks()
}

/// Sudoku, Manners and Waltz: load outside the measurement, then measure reset and run.
func registerLanguageWorkloads() {
    for workload in Workload.all {
        // One iteration of the slower workloads takes seconds to minutes on today's engine;
        // a single measured iteration without warm-up keeps `make bench` bounded.
        let config = Benchmark.Configuration(warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)
        Benchmark(workload.name, configuration: config) { benchmark in
            let env = workload.load()
            benchmark.startMeasurement()
            workload.run(env)
            benchmark.stopMeasurement()
        }
    }
}

func registerSessionBenchmarks() {
    let base1000 = GeneratedPrograms.ruleBase(1000)
    Benchmark(
        "session from a compiled 1,000-rule base",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .mallocBytesCount, .peakMemoryResident],
                             scalingFactor: .kilo)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Session(ruleBase: base1000))
        }
    }

    Benchmark(
        "assert+retract with 100,000 facts in working memory",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                             scalingFactor: .kilo)
    ) { benchmark in
        let (session, item) = bigWorkingMemory(facts: 100_000)
        benchmark.startMeasurement()
        for i in benchmark.scaledIterations {
            let slots: [Value] = [.symbol("k\(i % 97)"), .integer(1_000_000 + i)]
            guard let fact = try? session.assertFact(item, slots) else { fatalError("assert failed") }
            try? session.retractFact(fact)
        }
        benchmark.stopMeasurement()
    }

    let text10000 = GeneratedPrograms.rules(10_000)
    Benchmark(
        "load a 10,000-rule program",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                             warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)
    ) { _ in
        let env = quietEnvironment()
        env.run(text10000, file: "generated-10000.clp")
        blackHole(env)
    }
}

/// A session over the 1,000-rule base holding `facts` item facts, so that each assert and retract
/// below goes through alpha memories and joins of a realistic size.
func bigWorkingMemory(facts: Int) -> (Session, Template) {
    let session = Session(ruleBase: GeneratedPrograms.ruleBase(1000))
    guard let item = session.ruleBase.template(named: Symbol("item")),
          let limit = session.ruleBase.template(named: Symbol("limit")) else { fatalError("templates missing") }
    do {
        try session.reset()
        for k in 0..<97 { _ = try session.assertFact(limit, [.symbol("k\(k)"), .integer(-1)]) }
        for i in 0..<facts { _ = try session.assertFact(item, [.symbol("k\(i % 97)"), .integer(i)]) }
    } catch {
        fatalError("cannot fill working memory: \(error)")
    }
    return (session, item)
}
