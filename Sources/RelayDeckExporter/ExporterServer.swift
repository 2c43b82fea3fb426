import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `GET /metrics` over Hummingbird on the address given (loopback by default), until stopped.
public final class ExporterServer: Sendable {
    /// The address it listens on, `HOST:PORT` (the real port when 0 was asked for).
    public let address: String
    private let group: ServiceGroup
    private let serving: Task<Void, any Error>

    private init(address: String, group: ServiceGroup, serving: Task<Void, any Error>) {
        self.address = address
        self.group = group
        self.serving = serving
    }

    /// Binds `host:port` and serves `metrics`; returns once connections are accepted.
    public static func start(host: String, port: Int, metrics: ExporterMetrics, logger: Logger) async throws -> ExporterServer {
        let router = Router()
        router.get("/metrics") { _, _ -> Response in
            var buffer = ByteBuffer()
            buffer.writeBytes(metrics.scrape())
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: buffer))
        }
        router.get("/") { _, _ in "relaydeck exporter: the metrics are at /metrics\n" }
        let (bound, sink) = AsyncStream<Int>.makeStream()
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil),
                              onServerRunning: { channel in
                                  sink.yield(channel.localAddress?.port ?? port)
                                  sink.finish()
                              }, logger: logger)
        let group = ServiceGroup(services: [app], logger: logger)
        let serving = Task {
            defer { sink.finish() }
            try await group.run()
        }
        var ports = bound.makeAsyncIterator()
        guard let bound = await ports.next() else {
            try await serving.value
            throw ExporterStartFailure(address: "\(host):\(port)")
        }
        return ExporterServer(address: "\(host.contains(":") ? "[\(host)]" : host):\(bound)", group: group, serving: serving)
    }

    /// Stops serving (a lingering keep-alive connection gets two seconds).
    public func stop() async {
        await group.triggerGracefulShutdown()
        let serving = self.serving
        let watchdog = Task {
            try await Task.sleep(for: .seconds(2))
            serving.cancel()
        }
        _ = await serving.result
        watchdog.cancel()
    }
}

/// The listen address could not be bound.
public struct ExporterStartFailure: Error, CustomStringConvertible {
    public var address: String
    public var description: String { "cannot listen on \(address)" }
}
