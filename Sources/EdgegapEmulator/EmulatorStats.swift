/// Counters shown by `GET /_emulator/stats`.
public struct EmulatorStats: Codable, Sendable, Equatable {
    /// API requests answered (control routes excluded), faults included.
    public var requestsServed: Int = 0
    /// Faults injected, by kind (`500`, `503`, `429`, `drop`, `truncated`, `malformed`, `oversized`, `slow`).
    public var faultsInjected: [String: Int] = [:]
    public var sessions: Int = 0
    public var lobbies: Int = 0
    public var webhooksSent: Int = 0
    public var webhooksFailed: Int = 0
    /// Emulator time in milliseconds since start.
    public var clockMs: Int64 = 0

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
