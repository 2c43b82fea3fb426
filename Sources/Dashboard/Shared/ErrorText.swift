import EdgegapAPI

/// Error text for the message line: the client's description, sanitised and short.
enum ErrorText {
    /// The message line's words for an error: the client's description, or what to do about a refused key.
    static func describe(_ error: APIError) -> String {
        switch error {
        case .unauthorized, .forbidden:
            let status = if case .unauthorized = error { 401 } else { 403 }
            return "the API refused the key (\(status)) — check EDGEGAP_API_KEY / the profile's key"
        default:
            return UntrustedText.clean(String(describing: error), limit: 160)
        }
    }

    /// The error beside a countdown that already says when the next try is: a 429's own "retry in" is left out.
    static func beside(countdown error: APIError) -> String {
        if case .rateLimited(_, let message) = error { return describe(.rateLimited(retryAfter: nil, message: message)) }
        return describe(error)
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
