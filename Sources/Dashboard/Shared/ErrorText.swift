import EdgegapAPI

/// Error text for the message line: the client's description, sanitised and short.
enum ErrorText {
    static func describe(_ error: APIError) -> String {
        UntrustedText.clean(String(describing: error), limit: 160)
    }
}
