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
    ],
    targets: [
        .target(name: "RuleEngine"),
        .target(name: "Advisor", dependencies: ["RuleEngine"]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(name: "Console", dependencies: ["RuleEngine", "Advisor", "CReadline"]),
        .executableTarget(
            name: "career",
            dependencies: [
                "RuleEngine", "Advisor", "Console",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RuleEngineTests", dependencies: ["RuleEngine"]),
        .testTarget(name: "AdvisorTests", dependencies: ["Advisor", "RuleEngine"]),
    ],
    swiftLanguageModes: [.v6]
)
