extension APIError: CustomStringConvertible {
    /// One short line for a message bar, e.g. `rate limited — retry in 3s` or `not found: lobby x`.
    public var description: String {
        switch self {
        case .badRequest(let message): Self.line("bad request", message)
        case .unauthorized(let message): "unauthorized: " + (message ?? "missing or malformed API key")
        case .forbidden(let message): "forbidden: " + (message ?? "API key rejected")
        case .notFound(let message): Self.line("not found", message)
        case .conflict(let message): Self.line("conflict", message)
        case .rateLimited(let retryAfter, let message):
            Self.line(retryAfter.map { "rate limited — retry in \(Self.wait($0))" } ?? "rate limited", message)
        case .server(let status, let message): Self.line("server error \(status)", message)
        case .unavailable(let message): message.map { "service unavailable: \($0)" } ?? "service unavailable — try again later"
        case .unexpectedStatus(let status, let message): Self.line("unexpected HTTP status \(status)", message)
        case .transport(let failure, let detail): Self.line(failure.summary, detail.isEmpty ? nil : detail)
        case .undecodable(let endpoint, let snippet): "unreadable answer from \(endpoint): \(snippet)"
        case .cancelled: "cancelled"
        }
    }

    /// True for failures worth retrying on an idempotent read: transport failures (except an oversized answer),
    /// 5xx, 503 and 429. Other 4xx, unreadable bodies and cancellation are not.
    public var isRetryable: Bool {
        switch self {
        case .transport(let failure, _): failure != .responseTooLarge
        case .server, .unavailable, .rateLimited: true
        case .badRequest, .unauthorized, .forbidden, .notFound, .conflict, .unexpectedStatus, .undecodable, .cancelled:
            false
        }
    }

    /// Seconds the server asked to wait (`Retry-After` on 429), if any.
    public var retryAfter: Double? {
        if case .rateLimited(let retryAfter, _) = self { retryAfter } else { nil }
    }

    /// The API's message or the detail text, if any.
    public var message: String? {
        switch self {
        case .badRequest(let m), .unauthorized(let m), .forbidden(let m), .notFound(let m), .conflict(let m),
             .rateLimited(_, let m), .server(_, let m), .unavailable(let m), .unexpectedStatus(_, let m):
            m
        case .transport(_, let detail): detail
        case .undecodable(_, let snippet): snippet
        case .cancelled: nil
        }
    }

    /// The case name, for logs.
    var kind: String {
        switch self {
        case .badRequest: "badRequest"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .conflict: "conflict"
        case .rateLimited: "rateLimited"
        case .server(let status, _): "server(\(status))"
        case .unavailable: "unavailable"
        case .unexpectedStatus(let status, _): "unexpectedStatus(\(status))"
        case .transport(let failure, _): "transport(\(failure.rawValue))"
        case .undecodable: "undecodable"
        case .cancelled: "cancelled"
        }
    }

    private static func line(_ head: String, _ message: String?) -> String {
        guard let message, !message.isEmpty else { return head }
        return "\(head): \(message)"
    }

    /// `3s`, `2m05s`: whole seconds, rounded up.
    private static func wait(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole)s" : "\(whole / 60)m\(whole % 60 < 10 ? "0" : "")\(whole % 60)s"
    }
}

extension TransportFailure {
    /// A few words for the message bar.
    var summary: String {
        switch self {
        case .connectFailed: "cannot connect"
        case .timedOut: "timed out"
        case .connectionLost: "connection lost"
        case .responseTooLarge: "response too large"
        case .other: "network error"
        }
    }
}
