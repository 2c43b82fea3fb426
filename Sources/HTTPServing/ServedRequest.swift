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
            guard let name = PercentDecoding.decode(parts[0], plusAsSpace: true), query[name] == nil else { continue }
            query[name] = parts.count > 1 ? PercentDecoding.decode(parts[1], plusAsSpace: true) : ""
        }
        return (String(target[..<mark]), query)
    }
}
