/// Counters shown by `GET /_emulator/stats`.
public struct EmulatorStats: Codable, Sendable, Equatable {
    /// API requests answered (control routes excluded), faults included.
    public var requestsServed: Int = 0
    /// Faults injected, by kind (`500`, `503`, `429`, `drop`, `truncated`, `malformed`, `oversized`, `slow`).
    public var faultsInjected: [String: Int] = [:]
    /// Relay sessions stored.
    public var sessions: Int = 0
    /// Live lobbies.
    public var lobbies: Int = 0
    /// Webhook POSTs answered 2xx.
    public var webhooksSent: Int = 0
    /// Webhook POSTs that failed or got another status.
    public var webhooksFailed: Int = 0
    /// Emulator time in milliseconds since start.
    public var clockMs: Int64 = 0

    /// All counters at zero.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case requestsServed = "requests_served"
        case faultsInjected = "faults_injected"
        case sessions, lobbies
        case webhooksSent = "webhooks_sent"
        case webhooksFailed = "webhooks_failed"
        case clockMs = "clock_ms"
    }
}
