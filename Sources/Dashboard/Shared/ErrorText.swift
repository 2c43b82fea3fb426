import EdgegapAPI

/// Error text for the message line: the client's description, sanitised and short.
enum ErrorText {
    /// The message line's words for an error: the client's description, or what to do about a refused key.
    /// `keySource` names where the key came from (`STAGING_KEY`, `~/.config/relaydeck/prod.key`), so a refused key
    /// says what to fix.
    static func describe(_ error: APIError, keySource: String? = nil) -> String {
        switch error {
        case .unauthorized, .forbidden:
            let status = if case .unauthorized = error { 401 } else { 403 }
            return "key refused (\(status)) \u{2014} check \(keySource.map { UntrustedText.clean($0, limit: 80) } ?? "the API key")"
        default:
            return UntrustedText.clean(String(describing: error), limit: 160)
        }
    }

    /// The error beside a countdown that already says when the next try is: a 429's own "retry in" is left out.
    static func beside(countdown error: APIError, keySource: String? = nil) -> String {
        if case .rateLimited(_, let message) = error { return describe(.rateLimited(retryAfter: nil, message: message)) }
        return describe(error, keySource: keySource)
    }
}

extension APIError {
    /// 401 or 403: the API refuses this key, and will until someone changes it.
    var refusesTheKey: Bool {
        switch self {
        case .unauthorized, .forbidden: true
        default: false
        }
    }
}
