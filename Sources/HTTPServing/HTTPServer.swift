import HTTPTypes
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import NIOPosix

/// A small HTTP/1.1 server over SwiftNIO for the emulator and the exporter: each request read whole, answered by an
/// async handler, keep-alive connections, one task a connection. Bound where it is told (loopback by default).
public final class HTTPServer: Sendable {
    /// Answers one request.
    public typealias Handler = @Sendable (ServedRequest) async -> ServedResponse

    /// The bound port (the real one when 0 was asked for).
    public let port: Int
    private let listener: any Channel
    private let serving: Task<Void, Never>

    private init(port: Int, listener: any Channel, serving: Task<Void, Never>) {
        self.port = port
        self.listener = listener
        self.serving = serving
    }

    /// Binds `host:port` and serves; returns once connections are accepted. Bodies longer than `bodyLimit` are not
    /// kept (the handler sees `bodyTooLarge`).
    public static func start(host: String, port: Int, bodyLimit: Int = 1 << 20, logger: Logger,
                             handler: @escaping Handler) async throws -> HTTPServer {
        typealias Connection = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(HTTP1ToHTTPServerCodec(secure: false))
                    return try Connection(wrappingChannelSynchronously: channel)
                }
            }
        let bound = server.channel.localAddress?.port ?? port
        let listener = server.channel
        let serving = Task {
            await withDiscardingTaskGroup { group in
                do {
                    try await server.executeThenClose { connections in
                        for try await connection in connections {
                            group.addTask { await Self.serve(connection, bodyLimit: bodyLimit, logger: logger, handler: handler) }
                        }
                    }
                } catch {
                    logger.debug("listener ended: \(error)")
                }
                // Stopping: keep-alive connections would otherwise hold the group open.
                group.cancelAll()
            }
        }
        return HTTPServer(port: bound, listener: listener, serving: serving)
    }

    /// Stops accepting, closes the connections, and returns when all is closed.
    public func stop() async {
        try? await listener.close()
        serving.cancel()
        await serving.value
    }

    /// Returns when the server has stopped (its listener closed).
    public func waitUntilStopped() async {
        await serving.value
    }
}
