/// What the store decided for one API request before it reaches a route.
struct Admission: Sendable {
    enum Verdict: Sendable, Equatable {
        case proceed
        /// Close the connection without a response.
        case drop
        /// Answer this status with an emulated-fault message (500, 503).
        case fail(status: Int)
        /// Answer 429, with `Retry-After` when set.
        case throttle(retryAfter: Int?)
        case unauthorized(String)
        case forbidden(String)
    }

    /// How the body of a response that does get written is spoiled.
    enum BodyFault: Sendable, Equatable {
        case none, malformed, wrongTypes, truncated, oversized(bytes: Int)
    }

    var delay: Duration = .zero
    var verdict: Verdict = .proceed
    var bodyFault: BodyFault = .none
    /// Bytes per second, when the body is dripped.
    var drip: Int?
}

/// The credential a request carried, already parsed from `Authorization: token <key>`.
enum Credential: Sendable {
    case missing
    case malformed
    case key(String)

    /// Parses the header value; `token` is matched case-insensitively, the key must be one non-empty word.
    init(header: String?) {
        guard let header else { self = .missing; return }
        let parts = header.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].lowercased() == "token", !parts[1].isEmpty else { self = .malformed; return }
        self = .key(String(parts[1]))
    }
}
