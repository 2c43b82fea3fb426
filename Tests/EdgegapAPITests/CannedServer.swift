import Foundation
import NIOCore
import NIOPosix

/// A loopback TCP server that answers every request with the same canned bytes, however malformed:
/// for client behaviour against proxies, broken servers and servers that never answer.
final class CannedServer: Sendable {
    /// What the server does once it has read a request.
    enum Reply: Sendable {
        /// Write these bytes, then close the connection.
        case bytes([UInt8])
        /// Write these bytes and keep the connection open without another byte.
        case bytesThenHang([UInt8])
        /// Read the request and never answer.
        case silent
    }

    let port: Int
    let log = RequestLog()
    private let channel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>
    private let acceptLoop: Task<Void, Never>

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(channel: NIOAsyncChannel<NIOAsyncChannel<ByteBuffer, ByteBuffer>, Never>, reply: Reply) {
        self.channel = channel
        self.port = channel.channel.localAddress?.port ?? 0
        let log = self.log
        acceptLoop = Task {
            try? await channel.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { await Self.serve(connection, reply: reply, log: log) }
                    }
                }
            }
        }
    }

    /// Binds 127.0.0.1 on a free port.
    static func start(_ reply: Reply) async throws -> CannedServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        return CannedServer(channel: channel, reply: reply)
    }

    /// Closes the listening socket and every open connection.
    func stop() async {
        acceptLoop.cancel()
        try? await channel.channel.close()
        await acceptLoop.value
    }

    private static func serve(_ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>, reply: Reply, log: RequestLog) async {
        try? await connection.executeThenClose { inbound, outbound in
            var request = ByteBuffer()
            for try await chunk in inbound {
                request.writeImmutableBuffer(chunk)
                if Self.isComplete(request) { break }
            }
            await log.record(String(buffer: request))
            switch reply {
            case .bytes(let bytes):
                try await outbound.write(ByteBuffer(bytes: bytes))
            case .bytesThenHang(let bytes):
                try await outbound.write(ByteBuffer(bytes: bytes))
                try await Task.sleep(for: .seconds(120))
            case .silent:
                try await Task.sleep(for: .seconds(120))
            }
        }
    }

    /// True once the head and `Content-Length` bytes of body have arrived.
    private static func isComplete(_ buffer: ByteBuffer) -> Bool {
        let text = String(buffer: buffer)
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<end.lowerBound].lowercased()
        let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length
    }
}

extension CannedServer.Reply {
    /// A complete HTTP/1.1 answer with `Content-Length` and `Connection: close`.
    static func http(_ status: String, headers: [String] = [], body: String = "") -> Self {
        http(status, headers: headers, body: Array(body.utf8))
    }

    /// A complete HTTP/1.1 answer with a binary body.
    static func http(_ status: String, headers: [String] = [], body: [UInt8]) -> Self {
        let head = (["HTTP/1.1 \(status)", "Content-Length: \(body.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n"
        return .bytes(Array(head.utf8) + body)
    }
}
