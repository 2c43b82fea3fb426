import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The emulator as a running HTTP server on loopback: start it, read `baseURL`, stop it.
public final class EmulatorServer: Sendable {
    /// `http://HOST:PORT`.
    public let baseURL: String
    /// The bound port (the real one when the configuration asked for 0).
    public let port: Int
    /// The state behind the server; tests may inspect it and advance its clock.
    public let store: EmulatorStore

    private let group: ServiceGroup
    private let serving: Task<Void, any Error>
    private let churn: Task<Void, Never>?

    private init(baseURL: String, port: Int, store: EmulatorStore, group: ServiceGroup,
                 serving: Task<Void, any Error>, churn: Task<Void, Never>?) {
        self.baseURL = baseURL
        self.port = port
        self.store = store
        self.group = group
        self.serving = serving
        self.churn = churn
    }

    /// Builds the scenario, binds the port and returns once the server accepts connections.
    public static func start(_ config: EmulatorConfig, logger: Logger? = nil) async throws -> EmulatorServer {
        let logger = logger ?? Self.quietLogger()
        let store = await EmulatorStore(config: config)
        let (bound, boundSink) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: EmulatorResponder(store: store, config: config, logger: logger),
            configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil),
            onServerRunning: { channel in
                boundSink.yield(channel.localAddress?.port ?? config.port)
                boundSink.finish()
            },
            logger: logger)
        let group = ServiceGroup(services: [app], logger: logger)
        let serving = Task {
            defer { boundSink.finish() }
            try await group.run()
        }
        var ports = bound.makeAsyncIterator()
        guard let port = await ports.next() else {
            try await serving.value
            throw EmulatorStartFailure()
        }
        let churn = config.churn ? Task { await Self.churn(store, every: config.churnInterval) } : nil
        let host = config.host.contains(":") ? "[\(config.host)]" : config.host
        return EmulatorServer(baseURL: "http://\(host):\(port)", port: port, store: store, group: group,
                              serving: serving, churn: churn)
    }

    /// Replaces the faults in force.
    public func setFaults(_ faults: FaultConfig) async {
        await store.setFaults(faults)
    }

    /// Stops churn and the server; returns when the port is closed.
    public func stop() async {
        churn?.cancel()
        await group.triggerGracefulShutdown()
        // Keep-alive connections can hold a graceful shutdown open; do not wait on them forever.
        let serving = self.serving
        let watchdog = Task {
            try await Task.sleep(for: .seconds(2))
            serving.cancel()
        }
        _ = await serving.result
        watchdog.cancel()
        await churn?.value
    }

    /// Waits until the server stops by itself (an error) or the calling task is cancelled.
    public func waitUntilStopped() async throws {
        try await serving.value
    }

    private static func churn(_ store: EmulatorStore, every interval: Duration) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            await store.churnStep()
        }
    }

    private static func quietLogger() -> Logger {
        var logger = Logger(label: "edgegap-emulator")
        logger.logLevel = .critical
        return logger
    }
}

/// The server stopped before it bound its port (the underlying error, when any, is thrown instead).
public struct EmulatorStartFailure: Error, Sendable {}
