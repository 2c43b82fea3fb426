import AsyncHTTPClient
import FoundationEssentials
import Logging
import NIOCore

/// The P2P API over HTTP (async-http-client): relay sessions and lobbies. Throws only `APIError`.
///
/// Call `shutdown()` before dropping a client that created its own `HTTPClient`.
public final class EdgegapClient: RelayAPI, LobbyAPI {
    /// The API root, e.g. `https://api.edgegap.com` (no trailing slash).
    public let baseURL: String
    let apiKey: APIKey
    let options: ClientOptions
    let http: HTTPClient
    let ownsHTTPClient: Bool
    let logger: Logger
    let decoder = JSONDecoder()
    let encoder = JSONEncoder()
    let memo = DecodeMemo()

    /// A client of the API at `baseURL`; pass `httpClient` to share one (its own configuration then applies,
    /// and it is not shut down here).
    public init(baseURL: String, apiKey: APIKey, options: ClientOptions = .init(),
                httpClient: HTTPClient? = nil, logger: Logger? = nil) {
        var root = Substring(baseURL).trimmingWhitespace()
        while root.hasSuffix("/") { root = root.dropLast() }
        self.baseURL = String(root)
        self.apiKey = apiKey
        self.options = options
        self.logger = logger ?? Logger(label: "relaydeck.api", factory: { _ in SwiftLogNoOpLogHandler() })
        if let httpClient {
            http = httpClient
            ownsHTTPClient = false
        } else {
            http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup,
                              configuration: Self.configuration(options))
            ownsHTTPClient = true
        }
    }

    /// Shuts down the HTTP client if this client created it; safe to call more than once.
    public func shutdown() async {
        guard ownsHTTPClient else { return }
        // A second call finds the client already shut down: nothing left to do.
        try? await http.shutdown()
    }

    /// The `HTTPClient` configuration this client uses for `options` (fail-fast pool, no redirects), for sharing one.
    public static func configuration(_ options: ClientOptions) -> HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .milliseconds(options.connectTimeout.milliseconds),
                                      read: .milliseconds(options.requestTimeout.milliseconds))
        // Otherwise a refused connection is retried until the request deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        // A redirect could carry the Authorization header to another host; the API never redirects.
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        // No tracer is bootstrapped, yet the default no-op one still had every request's span attributes built (perf:
        // 3 % of an idle dashboard's CPU): none at all.
        configuration.tracing.tracer = nil
        return configuration
    }
}
