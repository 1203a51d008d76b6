// swift-tools-version: 6.1
// The engine's benchmarks, kept in their own package so that ordo-one/benchmark and its
// dependencies never enter the main build. Run with `make bench` from the repository root.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its directory, so the main package's identity is
/// whatever the checkout is called (a clone, a worktree); work it out instead of hard-coding it.
let mainPackage = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// Linked as `career` and `careerd` link it (the main package's Package.swift says why), so the
/// benchmarks measure the allocator that ships.
let jemalloc: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "CareerAdvisorBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "RuleEngine", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            linkerSettings: jemalloc,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AdvisorBenchmarks",
            dependencies: [
                .product(name: "Advisor", package: mainPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/AdvisorBenchmarks",
            linkerSettings: jemalloc,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
