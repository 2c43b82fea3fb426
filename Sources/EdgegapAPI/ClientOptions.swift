/// Timeouts and limits of an `EdgegapClient`.
public struct ClientOptions: Sendable, Equatable {
    /// How long to wait for a TCP connection.
    public var connectTimeout: Duration
    /// How long a whole request may take, from sending to the last byte of the body.
    public var requestTimeout: Duration
    /// The largest response body accepted, in bytes.
    public var maxResponseBytes: Int

    /// Defaults: connect 5 s, request 10 s, 8 MiB.
    public init(connectTimeout: Duration = .seconds(5), requestTimeout: Duration = .seconds(10),
                maxResponseBytes: Int = 8 * 1024 * 1024) {
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.maxResponseBytes = maxResponseBytes
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
