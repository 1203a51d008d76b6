// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CareerAdvisor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "career", targets: ["career"]),
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .library(name: "Advisor", targets: ["Advisor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
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
                "RuleEngine", "Advisor", "AdvisorStore", "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine"]),
        .testTarget(name: "AdvisorTests", dependencies: ["Advisor", "AdvisorStore", "RuleEngine"]),
        // Runs the built `career` executable as a person or a script would.
        .testTarget(name: "CareerCLITests", dependencies: ["Advisor", "career"]),
    ],
    swiftLanguageModes: [.v6]
)
