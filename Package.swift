// swift-tools-version: 6.0
// Dwarsverband: reads Dutch youth-care policy texts and shows who recommends what.
import PackageDescription

let package = Package(
    name: "Dwarsverband",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dwars", targets: ["dwars"]),
        .library(name: "DwarsModel", targets: ["DwarsModel"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Tokenization", targets: ["Tokenization"]),
        .library(name: "Tagging", targets: ["Tagging"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "CrossReferencing", targets: ["CrossReferencing"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // MARK: C wrappers (only Extraction and Tokenization import them)
        .systemLibrary(
            name: "CDwarsPoppler", path: "Sources/CDwarsPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(
            name: "CDwarsCairo", path: "Sources/CDwarsCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CDwarsLibXML2", path: "Sources/CDwarsLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        // The only target that includes <libxml/...>: its public header holds plain C types only,
        // so Foundation's ICU and libxml2's ICU never meet in one Swift module.
        .target(name: "CDwarsXML", dependencies: ["CDwarsLibXML2"], path: "Sources/CDwarsXML"),
        .systemLibrary(
            name: "CDwarsStemmer", path: "Sources/CDwarsStemmer",
            providers: [.apt(["libstemmer-dev"])]),

        // MARK: pipeline stages
        .target(name: "DwarsModel", path: "Sources/DwarsModel"),
        .target(
            name: "Extraction",
            dependencies: [
                "DwarsModel", "CDwarsPoppler", "CDwarsCairo", "CDwarsXML",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/Extraction"),
        .target(
            name: "Tokenization", dependencies: ["DwarsModel", "CDwarsStemmer"],
            path: "Sources/Tokenization"),
        .target(
            name: "Tagging", dependencies: ["DwarsModel", "Tokenization"], path: "Sources/Tagging"),
        .target(
            name: "Store",
            dependencies: ["DwarsModel", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Sources/Store"),
        .target(
            name: "CrossReferencing", dependencies: ["DwarsModel", "Tokenization", "Store"],
            path: "Sources/CrossReferencing"),
        .target(name: "Reports", dependencies: ["DwarsModel"], path: "Sources/Reports"),
        .executableTarget(
            name: "dwars",
            dependencies: [
                "DwarsModel", "Extraction", "Tokenization", "Tagging", "Store", "CrossReferencing",
                "Reports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/dwars"),

        // Fuzz harness: `scripts/fuzz.sh` builds it with libFuzzer; a normal build is the replay tool.
        .executableTarget(
            name: "dwars-fuzz", dependencies: ["DwarsModel", "Extraction", "Tagging", "Tokenization"], path: "Sources/DwarsFuzz"),

        // MARK: tests
        .target(name: "TestSupport", dependencies: ["DwarsModel"], path: "Tests/TestSupport"),
        .testTarget(name: "DwarsModelTests", dependencies: ["DwarsModel"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["TestSupport", "Store"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "DwarsModel", "TestSupport"]),
        .testTarget(name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "DwarsModel", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["DwarsModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "DwarsModel", "TestSupport"]),
        .testTarget(
            name: "CrossReferencingTests", dependencies: ["CrossReferencing", "Store", "DwarsModel", "TestSupport"]),
        .testTarget(name: "TaggingTests", dependencies: ["Tagging", "Extraction", "DwarsModel", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
