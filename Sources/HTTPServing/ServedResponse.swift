import HTTPTypes

/// An answer: status, headers and a body — whole, or written piece by piece (slowly, or cut short by throwing, which
/// closes the connection mid-body); or no answer at all, the connection closed.
public struct ServedResponse: Sendable {
    /// How the body is sent.
    public enum Body: Sendable {
        case bytes([UInt8])
        /// Written by `write`, announced with `contentLength` (chunked without one). Throwing closes the connection.
        case stream(contentLength: Int?, write: @Sendable (BodyWriter) async throws -> Void)
    }

    public var status: Int
    public var headers: HTTPFields
    public var body: Body
    /// Close the connection without answering (a server that dropped the request).
    public var dropsConnection = false

    public init(status: Int, headers: HTTPFields = HTTPFields(), body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// No answer: the connection is closed.
    public static var drop: ServedResponse {
        var r = ServedResponse(status: 500)
        r.dropsConnection = true
        return r
    }
}

/// Writes a streamed body's pieces, each flushed as it is written.
public struct BodyWriter: Sendable {
    let send: @Sendable ([UInt8]) async throws -> Void

    public func write(_ bytes: some Collection<UInt8>) async throws {
        try await send(Array(bytes))
    }
}
