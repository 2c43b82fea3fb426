import EdgegapAPI

/// Error text for the message line: the client's description, sanitised and short.
enum ErrorText {
    static func describe(_ error: APIError) -> String {
        UntrustedText.clean(String(describing: error), limit: 160)
    }

    /// The error beside a countdown that already says when the next try is: a 429's own "retry in" is left out.
    static func beside(countdown error: APIError) -> String {
        if case .rateLimited(_, let message) = error { return describe(.rateLimited(retryAfter: nil, message: message)) }
        return describe(error)
    }
}
