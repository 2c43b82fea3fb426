/// An Edgegap API key. Prints as `APIKey(redacted)`; only the client reads the secret, to build the header.
public struct APIKey: Sendable, Equatable {
    /// The bare key, without any `token ` prefix.
    let secret: String

    /// A key as the user gave it, with or without a leading `token ` (any case); surrounding whitespace is dropped.
    public init(_ raw: String) {
        var key = Substring(raw).trimmingWhitespace()
        if key.prefix(5).lowercased() == "token", let next = key.dropFirst(5).first, next.isWhitespace {
            key = key.dropFirst(5).trimmingWhitespace()
        }
        secret = String(key)
    }

    /// True when nothing is left once the prefix and whitespace are gone (the API would answer 401).
    public var isEmpty: Bool { secret.isEmpty }

    /// The value of the `Authorization` header: `token <key>`.
    var authorizationValue: String { "token " + secret }

    /// Removes every occurrence of the key from `text`, for messages built from foreign strings.
    func redacting(_ text: String) -> String {
        guard secret.count >= 4, text.contains(secret) else { return text }
        return text.replacing(secret, with: "<redacted>")
    }
}

extension APIKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Always `APIKey(redacted)`.
    public var description: String { "APIKey(redacted)" }
    /// Always `APIKey(redacted)`.
    public var debugDescription: String { "APIKey(redacted)" }
    /// No children, so `dump` and mirrors cannot reveal the key.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension Substring {
    /// The slice without leading and trailing whitespace or newlines.
    func trimmingWhitespace() -> Substring {
        var s = self
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return s
    }
}
