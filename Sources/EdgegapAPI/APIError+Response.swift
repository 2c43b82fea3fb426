import FoundationEssentials
import NIOCore
import NIOFoundationEssentialsCompat
import NIOHTTP1

extension APIError {
    /// The error for a non-2xx answer: its status, the API's `message` (or a proxy page's first line),
    /// and for 429 the `Retry-After` delay.
    init(status: Int, headers: HTTPHeaders, body: ByteBuffer, now: Date = Date()) {
        let message = Self.message(from: body)
        switch status {
        case 400: self = .badRequest(message: message)
        case 401: self = .unauthorized(message: message)
        case 403: self = .forbidden(message: message)
        case 404: self = .notFound(message: message)
        case 409: self = .conflict(message: message)
        case 429:
            let retryAfter = headers.first(name: "retry-after").flatMap { RetryAfter.seconds(from: $0, now: now) }
            self = .rateLimited(retryAfter: retryAfter, message: message)
        case 503: self = .unavailable(message: message)
        case 500...599: self = .server(status: status, message: message)
        default: self = .unexpectedStatus(status: status, message: message)
        }
    }

    /// The longest API message kept, in characters.
    static let messageLimit = 200
    /// The longest first line kept from a body that is not JSON.
    static let pageLineLimit = 120

    /// `message` (or `error`, `detail`) of a JSON error body, else the first line of a text body; nil when empty.
    static func message(from body: ByteBuffer) -> String? {
        guard body.readableBytes > 0 else { return nil }
        if let json = try? JSONDecoder().decode(ErrorBody.self, from: body) {
            guard let text = json.message ?? json.error ?? json.detail else { return nil }
            let cleaned = TextSnippet.clean(Substring(text).trimmingWhitespace(), limit: messageLimit)
            return cleaned.isEmpty ? nil : cleaned
        }
        return TextSnippet.firstLine(body.readableBytesView, limit: pageLineLimit)
    }

    /// Returns the error with every string it carries passed through `redact`.
    func mappingText(_ redact: (String) -> String) -> APIError {
        func r(_ s: String?) -> String? { s.map(redact) }
        switch self {
        case .badRequest(let m): return .badRequest(message: r(m))
        case .unauthorized(let m): return .unauthorized(message: r(m))
        case .forbidden(let m): return .forbidden(message: r(m))
        case .notFound(let m): return .notFound(message: r(m))
        case .conflict(let m): return .conflict(message: r(m))
        case .rateLimited(let after, let m): return .rateLimited(retryAfter: after, message: r(m))
        case .server(let status, let m): return .server(status: status, message: r(m))
        case .unavailable(let m): return .unavailable(message: r(m))
        case .unexpectedStatus(let status, let m): return .unexpectedStatus(status: status, message: r(m))
        case .transport(let failure, let detail): return .transport(failure, detail: redact(detail))
        case .undecodable(let endpoint, let snippet): return .undecodable(endpoint: endpoint, snippet: redact(snippet))
        case .cancelled: return .cancelled
        }
    }
}

/// `{"message": …}`, the spec's `Error` schema; `error` and `detail` are what other gateways send.
private struct ErrorBody: Decodable {
    var message: String?
    var error: String?
    var detail: String?

    enum CodingKeys: String, CodingKey { case message, error, detail }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // A field of another type (e.g. `detail` as an object in v2) is skipped, not a failure.
        message = try? c.decodeIfPresent(String.self, forKey: .message)
        error = try? c.decodeIfPresent(String.self, forKey: .error)
        detail = try? c.decodeIfPresent(String.self, forKey: .detail)
    }
}
