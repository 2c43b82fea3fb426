import HTTPServing
import Logging

/// The emulator as a running HTTP server on loopback: start it, read `baseURL`, stop it.
public final class EmulatorServer: Sendable {
    /// `http://HOST:PORT`.
    public let baseURL: String
    /// The bound port (the real one when the configuration asked for 0).
    public let port: Int
    /// The state behind the server; tests may inspect it and advance its clock.
    public let store: EmulatorStore

    private let server: HTTPServer
    private let churn: Task<Void, Never>?

    private init(baseURL: String, port: Int, store: EmulatorStore, server: HTTPServer, churn: Task<Void, Never>?) {
        self.baseURL = baseURL
        self.port = port
        self.store = store
        self.server = server
        self.churn = churn
    }

    /// Builds the scenario, binds the port and returns once the server accepts connections.
    public static func start(_ config: EmulatorConfig, logger: Logger? = nil) async throws -> EmulatorServer {
        let logger = logger ?? Self.quietLogger()
        let store = await EmulatorStore(config: config)
        let responder = EmulatorResponder(store: store, config: config, logger: logger)
        // Bodies past the largest the routes accept are not kept: the route answers 413.
        let server = try await HTTPServer.start(host: config.host, port: config.port, bodyLimit: config.maxRequestBody,
                                                logger: logger) { request in await responder.respond(to: request) }
        let churn = config.churn ? Task { await Self.churn(store, every: config.churnInterval) } : nil
        let host = config.host.contains(":") ? "[\(config.host)]" : config.host
        return EmulatorServer(baseURL: "http://\(host):\(server.port)", port: server.port, store: store, server: server, churn: churn)
    }

    /// Replaces the faults in force.
    public func setFaults(_ faults: FaultConfig) async {
        await store.setFaults(faults)
    }

    /// Stops churn and the server; returns when the port is closed.
    public func stop() async {
        churn?.cancel()
        await server.stop()
        await churn?.value
    }

    /// Waits until the server stops by itself or the calling task is cancelled.
    public func waitUntilStopped() async throws {
        await withTaskCancellationHandler {
            await server.waitUntilStopped()
        } onCancel: { [server] in
            Task { await server.stop() }
        }
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
