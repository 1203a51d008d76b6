// swift-tools-version: 6.1
import PackageDescription

/// The executables allocate with jemalloc instead of glibc's malloc: the rule network makes and
/// frees objects per partial match, and jemalloc runs the benchmarks 15-26% faster (docs/engine.md).
let jemalloc: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "CareerAdvisor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "career", targets: ["career"]),
        .executable(name: "careerd", targets: ["careerd"]),
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .library(name: "Advisor", targets: ["Advisor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(name: "RuleEngine"),
        .target(name: "Advisor", dependencies: ["RuleEngine"]),
        .target(name: "AdvisorStore", dependencies: ["Advisor", .product(name: "GRDB", package: "GRDB.swift")]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(name: "Console", dependencies: ["RuleEngine", "Advisor", "AdvisorStore", "CReadline"]),
        .executableTarget(
            name: "career",
            dependencies: [
                "RuleEngine", "Advisor", "AdvisorStore", "AdvisorClient", "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: jemalloc
        ),
        .target(name: "AdvisorWire", dependencies: ["Advisor"]),
        .target(
            name: "AdvisorClient",
            dependencies: [
                "Advisor", "AdvisorWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "AdvisorServer",
            dependencies: [
                "Advisor", "AdvisorStore", "AdvisorWire",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "careerd",
            dependencies: [
                "AdvisorServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: jemalloc
        ),
        // Scratch folders that the test targets share, removed when a test process exits.
        .target(name: "TestScratch", path: "Tests/TestScratch"),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine", "TestScratch"]),
        // The golden files are read from the source tree, not bundled.
        .testTarget(name: "AdvisorTests", dependencies: ["Advisor", "AdvisorStore", "RuleEngine", "TestScratch"], exclude: ["Golden"]),
        // Runs the built `career` executable as a person or a script would.
        .testTarget(name: "CareerCLITests", dependencies: ["Advisor", "career", "TestScratch"], exclude: ["Golden", "repl_pty.py"]),
        .testTarget(
            name: "AdvisorServerTests",
            dependencies: [
                "AdvisorServer", "AdvisorWire", "Advisor", "careerd", "career", "TestScratch",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
