import HTTPTypes

/// A request as the server read it: method, raw path, query, headers and the whole body (up to the server's limit).
public struct ServedRequest: Sendable {
    public var method: HTTPRequest.Method
    /// The path as sent, still percent-encoded (a route decides how to decode its segments).
    public var path: String
    /// The query's parameters, percent-decoded (`+` as a space); the first of a repeated name.
    public var query: [String: String]
    public var headers: HTTPFields
    public var body: [UInt8]
    /// The body was longer than the server's limit: `body` holds nothing, and the connection closes after the answer.
    public var bodyTooLarge: Bool

    public init(method: HTTPRequest.Method, path: String, query: [String: String] = [:], headers: HTTPFields = HTTPFields(),
                body: [UInt8] = [], bodyTooLarge: Bool = false) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.bodyTooLarge = bodyTooLarge
    }
}

extension ServedRequest {
    /// Splits a request target (`/v1/x?page=2&limit=10`) into its raw path and decoded query.
    static func split(target: String) -> (path: String, query: [String: String]) {
        guard let mark = target.firstIndex(of: "?") else { return (target, [:]) }
        var query: [String: String] = [:]
        for pair in target[target.index(after: mark)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), query[name] == nil else { continue }
            query[name] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return (String(target[..<mark]), query)
    }

    /// `%XX` and `+` decoded; nil when an escape is broken or the bytes are not UTF-8.
    static func decode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var i = text.utf8.startIndex
        let utf8 = text.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "%") {
                let h = utf8.index(after: i)
                guard h < utf8.endIndex, utf8.index(after: h) < utf8.endIndex,
                      let hi = hex(utf8[h]), let lo = hex(utf8[utf8.index(after: h)]) else { return nil }
                bytes.append(hi << 4 | lo)
                i = utf8.index(h, offsetBy: 2)
            } else {
                bytes.append(b == UInt8(ascii: "+") ? UInt8(ascii: " ") : b)
                i = utf8.index(after: i)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
