// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "TimelineKit", targets: ["TimelineKit"]),
        .executable(name: "timeline", targets: ["timeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The record store of `timeline add` (SQLite; Debian: libsqlite3-dev).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "TimelineKit",
            dependencies: ["CLibXML2", "CZlib", .product(name: "Yams", package: "Yams"),
                           .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources")]),
        // Evaluators, corpus readers and model trainers: tools for the CLI's
        // `eval` and `train` commands, not part of the library a user links.
        .target(
            name: "TimelineEvaluation",
            dependencies: ["TimelineKit", "CLibXML2"],
            resources: [.copy("Resources")]),
        .executableTarget(
            name: "timeline",
            dependencies: [
                "TimelineKit",
                "TimelineEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "TimelineKitTests",
            dependencies: ["TimelineKit", "TimelineEvaluation"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "timelineTests",
            dependencies: ["timeline"]),
    ]
)
