import HTTPServing
import HTTPTypes
import Logging

/// `GET /metrics` on the address given (loopback by default), until stopped.
public final class ExporterServer: Sendable {
    /// The address it listens on, `HOST:PORT` (the real port when 0 was asked for).
    public let address: String
    private let server: HTTPServer

    private init(address: String, server: HTTPServer) {
        self.address = address
        self.server = server
    }

    /// Binds `host:port` and serves `metrics`; returns once connections are accepted.
    public static func start(host: String, port: Int, metrics: ExporterMetrics, logger: Logger) async throws -> ExporterServer {
        let server: HTTPServer
        do {
            server = try await HTTPServer.start(host: host, port: port, bodyLimit: 4096, logger: logger) { request in
                Self.answer(request, metrics: metrics)
            }
        } catch {
            throw ExporterStartFailure(address: "\(host):\(port)")
        }
        return ExporterServer(address: "\(host.contains(":") ? "[\(host)]" : host):\(server.port)", server: server)
    }

    static func answer(_ request: ServedRequest, metrics: ExporterMetrics) -> ServedResponse {
        var headers = HTTPFields()
        // HEAD is answered as GET is (the server leaves the body out).
        guard request.method == .get || request.method == .head else {
            headers[.allow] = "GET, HEAD"
            return ServedResponse(status: 405, headers: headers)
        }
        switch request.path {
        case "/metrics":
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return ServedResponse(status: 200, headers: headers, body: .bytes(metrics.scrape()))
        case "/":
            headers[.contentType] = "text/plain; charset=utf-8"
            return ServedResponse(status: 200, headers: headers, body: .bytes(Array("relaydeck exporter: the metrics are at /metrics\n".utf8)))
        default:
            return ServedResponse(status: 404, headers: headers, body: .bytes(Array("Not Found\n".utf8)))
        }
    }

    /// Stops serving and closes its connections.
    public func stop() async {
        await server.stop()
    }
}

/// The listen address could not be bound.
public struct ExporterStartFailure: Error, CustomStringConvertible {
    public var address: String
    public var description: String { "cannot listen on \(address)" }
}
