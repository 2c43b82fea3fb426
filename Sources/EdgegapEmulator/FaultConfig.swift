/// Faults the emulator injects into API responses. Rates are probabilities in 0...1 drawn from a seeded RNG.
public struct FaultConfig: Sendable, Equatable {
    /// Added before every API response.
    public var latency: Duration
    /// A uniform random extra delay in 0...jitter.
    public var jitter: Duration
    /// Share of requests answered 500.
    public var errorRate500: Double
    /// Share of requests answered 503.
    public var errorRate503: Double
    /// Share of requests answered 429.
    public var rate429: Double
    /// `Retry-After` seconds sent with every 429; nil sends none.
    public var retryAfter: Int?
    /// Share of 2xx responses whose JSON body is syntactically broken.
    public var malformedJSONRate: Double
    /// Share of 2xx responses whose JSON is well formed but every value has the wrong type.
    public var wrongTypesRate: Double
    /// Share of responses cut short: fewer bytes than `Content-Length`, then the connection closes.
    public var truncatedBodyRate: Double
    /// Share of requests whose connection is closed without any response.
    public var dropConnectionRate: Double
    /// When set, response bodies are sent at this many bytes per second.
    public var slowDrip: Int?
    /// Share of requests answered with a huge 200 body of `oversizedBodyBytes`.
    public var oversizedBodyRate: Double
    /// Size of an oversized body.
    public var oversizedBodyBytes: Int
    /// Requests per second allowed per API key; beyond it 429.
    public var perKeyRateLimit: Int?
    /// Keys answered 401 as if the header were bad (a key that stops working mid-run).
    public var unauthorizedKeys: Set<String>
    /// Keys answered 403 as if revoked.
    public var forbiddenKeys: Set<String>

    /// No faults unless given.
    public init(latency: Duration = .zero, jitter: Duration = .zero, errorRate500: Double = 0, errorRate503: Double = 0,
                rate429: Double = 0, retryAfter: Int? = nil, malformedJSONRate: Double = 0, truncatedBodyRate: Double = 0,
                dropConnectionRate: Double = 0, slowDrip: Int? = nil, oversizedBodyRate: Double = 0, wrongTypesRate: Double = 0,
                oversizedBodyBytes: Int = 16 << 20, perKeyRateLimit: Int? = nil,
                unauthorizedKeys: Set<String> = [], forbiddenKeys: Set<String> = []) {
        self.latency = latency
        self.jitter = jitter
        self.errorRate500 = errorRate500
        self.errorRate503 = errorRate503
        self.rate429 = rate429
        self.retryAfter = retryAfter
        self.malformedJSONRate = malformedJSONRate
        self.wrongTypesRate = wrongTypesRate
        self.truncatedBodyRate = truncatedBodyRate
        self.dropConnectionRate = dropConnectionRate
        self.slowDrip = slowDrip
        self.oversizedBodyRate = oversizedBodyRate
        self.oversizedBodyBytes = oversizedBodyBytes
        self.perKeyRateLimit = perKeyRateLimit
        self.unauthorizedKeys = unauthorizedKeys
        self.forbiddenKeys = forbiddenKeys
    }

    /// True when nothing is injected.
    public var isHealthy: Bool { self == FaultConfig() }
}
