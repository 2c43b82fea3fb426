// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "relaydeck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "relaydeck", targets: ["relaydeck"]),
        .executable(name: "relaydeck-bench", targets: ["relaydeck-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.8.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // API: models, errors and the HTTP client behind the RelayAPI / LobbyAPI protocols.
        .target(name: "EdgegapAPI", dependencies: [
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
        ]),
        // A small HTTP/1.1 server over SwiftNIO: the emulator's and the exporter's.
        .target(name: "HTTPServing", dependencies: [
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"), .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The P2P API emulator: a real HTTP server on loopback (product, not a test double).
        .target(name: "EdgegapEmulator", dependencies: [
            "EdgegapAPI", "HTTPServing",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Debian's libyaml as a system library, linked statically (a jump host need not have it).
        .systemLibrary(name: "CYAML"),
        // YAML documents as nodes with line numbers, over libyaml's events: config, keymaps, themes.
        .target(name: "YAMLReader", dependencies: ["CYAML"], linkerSettings: [.unsafeFlags(["-Xlinker", "-l:libyaml.a"])]),
        // Pure terminal core: cells, buffers, diff, layout, widgets, themes. No ncurses here.
        .target(name: "TerminalUI", dependencies: ["YAMLReader"]),
        // libncursesw as a system library, through a shim header.
        .systemLibrary(name: "CNcurses"),
        // Stateful C helpers: signal flags and the wake-up descriptor.
        .target(name: "CTerminal"),
        // The one target that imports ncurses.
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNcurses", "CTerminal"]),
        // The pure core: state, actions, reduce, views, key bindings, one folder a feature. No I/O, no clock.
        .target(name: "Dashboard", dependencies: ["TerminalUI", "EdgegapAPI"]),
        // The one effect interpreter (API calls, timers, audit, exports, clipboard, profiles) and the program.
        .target(name: "DashboardRuntime", dependencies: [
            "Dashboard", "EdgegapAPI", "TerminalUI", "CTerminal", .product(name: "Logging", package: "swift-log"),
        ]),
        // Operator features: configuration and profiles, key sources, the scripting commands' logic.
        .target(name: "RelayDeckApp", dependencies: [
            "Dashboard", "DashboardRuntime", "EdgegapAPI", "TerminalUI", "YAMLReader",
            .product(name: "Logging", package: "swift-log"),
        ]),
        // `relaydeck exporter`: the polling model's census and counters in Prometheus's text format, over HTTPServing.
        .target(name: "RelayDeckExporter", dependencies: [
            "Dashboard", "DashboardRuntime",
            "HTTPServing",
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "relaydeck", dependencies: [
            "RelayDeckApp", "RelayDeckExporter", "Dashboard", "DashboardRuntime", "EdgegapAPI", "EdgegapEmulator", "TerminalUI", "CursesBackend", "CTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "relaydeck-bench", dependencies: [
            "Dashboard", "EdgegapAPI", "EdgegapEmulator", "TerminalUI", "CTerminal",
        ]),
        .testTarget(name: "EdgegapAPITests", dependencies: ["EdgegapAPI", "EdgegapEmulator", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio")]),
        .testTarget(name: "EdgegapEmulatorTests", dependencies: ["EdgegapAPI", "EdgegapEmulator", "HTTPServing", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .testTarget(name: "RelayDeckAppTests", dependencies: ["RelayDeckApp", "RelayDeckExporter", "Dashboard", "DashboardRuntime", "EdgegapAPI",
                                                              "EdgegapEmulator", "TerminalUI",
                                                              .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // The YAML reader against Yams (a test dependency only): the same nodes, lines and errors.
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader", .product(name: "Yams", package: "Yams")], exclude: ["Corpus"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI", "CTerminal"]),
        // The live dashboard on the in-process emulator, shared by the flow and reliability tests.
        .target(name: "DashboardTestSupport", dependencies: ["Dashboard", "DashboardRuntime", "EdgegapAPI", "EdgegapEmulator", "TerminalUI"],
                path: "Tests/DashboardTestSupport"),
        .testTarget(name: "ReliabilityTests", dependencies: ["Dashboard", "DashboardRuntime", "DashboardTestSupport", "EdgegapAPI", "EdgegapEmulator", "TerminalUI"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "DashboardRuntime", "DashboardTestSupport", "EdgegapAPI", "EdgegapEmulator", "TerminalUI"],
                    exclude: ["__Snapshots__"]),
    ],
    swiftLanguageModes: [.v6]
)
