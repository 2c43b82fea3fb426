/// Every way a P2P API call can fail, in terms a UI can show. Never carries the API key.
public enum APIError: Error, Sendable, Equatable {
    case badRequest(message: String?)
    case unauthorized(message: String?)
    case forbidden(message: String?)
    case notFound(message: String?)
    case conflict(message: String?)
    /// 429; `retryAfter` in seconds when the server sent `Retry-After`.
    case rateLimited(retryAfter: Double?, message: String?)
    /// 5xx other than 503.
    case server(status: Int, message: String?)
    /// 503.
    case unavailable(message: String?)
    /// Any other unexpected HTTP status.
    case unexpectedStatus(status: Int, message: String?)
    /// The request did not complete at the HTTP level.
    case transport(TransportFailure, detail: String)
    /// A 2xx body that could not be decoded: the endpoint and a short, sanitised snippet.
    case undecodable(endpoint: String, snippet: String)
    /// The caller cancelled.
    case cancelled
}

/// Why a request failed below HTTP; tells whether the request may have reached the server.
public enum TransportFailure: String, Sendable, Equatable {
    /// Nothing was sent: connection refused or could not be made in time.
    case connectFailed
    /// The request may have been sent: it timed out waiting for the answer.
    case timedOut
    /// The connection closed mid-exchange (the request may have been processed).
    case connectionLost
    /// The response exceeded the client's size bound.
    case responseTooLarge
    /// Anything else (TLS, DNS, …).
    case other

    /// True when a mutation sent with this failure may or may not have happened.
    public var outcomeUnknown: Bool {
        switch self {
        case .timedOut, .connectionLost, .responseTooLarge: true
        case .connectFailed, .other: false
        }
    }
}

extension APIError {
    /// The HTTP status the API answered with, when it answered (nil below HTTP: transport, undecodable, cancelled).
    public var httpStatus: Int? {
        switch self {
        case .badRequest: 400
        case .unauthorized: 401
        case .forbidden: 403
        case .notFound: 404
        case .conflict: 409
        case .rateLimited: 429
        case .server(let s, _), .unexpectedStatus(let s, _): s
        case .unavailable: 503
        default: nil
        }
    }
}
