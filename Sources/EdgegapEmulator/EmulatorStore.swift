import EdgegapAPI

/// The one actor holding the emulator's state: sessions, lobbies, clock, faults and counters.
///
/// Lifecycle transitions are computed from timestamps on read, so no timers run and a page out of
/// 100,000 sessions renders only its own slice.
public actor EmulatorStore {
    struct OrderEntry: Sendable {
        let sequence: UInt64
        let id: String
    }

    let config: EmulatorConfig
    let clockOrigin = ContinuousClock.now
    var clockOffset: Duration = .zero

    var random: SeededRandom
    var faultRandom: SeededRandom
    var nextSequence: UInt64 = 0

    var sessions: [String: StoredSession] = [:]
    /// Session ids in creation order (sequences ascending), for stable pages by slicing.
    var sessionOrder: [OrderEntry] = []
    var lobbies: [String: StoredLobby] = [:]
    var lobbyOrder: [String] = []

    var faults: FaultConfig
    var keyWindows: [String: (second: Int64, count: Int)] = [:]
    var stats = EmulatorStats()
    var pendingWebhooks: [String] = []
    /// Hostile strings in every response (see `EmulatorStore+Hostile.swift`).
    var hostile = false
    let webhooks: any WebhookDelivering

    /// A store holding the configured scenario (async: the actor builds it on its own executor).
    public init(config: EmulatorConfig) async {
        await self.init(config: config, webhooks: HTTPWebhookDelivery())
    }

    init(config: EmulatorConfig, webhooks: any WebhookDelivering) async {
        self.config = config
        self.random = SeededRandom(seed: config.seed)
        self.faultRandom = SeededRandom(seed: config.seed ^ 0xFA01_7000_0000_0000)
        self.faults = config.faults
        self.webhooks = webhooks
        populate(sessions: config.sessions, lobbies: config.lobbies)
        if config.hostile { setHostile(true) }
    }

    /// Emulator time: real elapsed time plus every `advance(by:)`, or only the advances with a manual clock.
    public var now: Duration {
        config.manualClock ? clockOffset : clockOrigin.duration(to: .now) + clockOffset
    }

    /// Moves the emulator's clock forward; due transitions and webhooks happen as if that time had passed.
    public func advance(by duration: Duration) {
        clockOffset += duration
        deliverDueWebhooks()
    }

    /// Drops every session and lobby and builds the configured scenario again from the seed.
    public func reset() {
        sessions.removeAll()
        sessionOrder.removeAll()
        lobbies.removeAll()
        lobbyOrder.removeAll()
        pendingWebhooks.removeAll()
        random = SeededRandom(seed: config.seed)
        faultRandom = SeededRandom(seed: config.seed ^ 0xFA01_7000_0000_0000)
        nextSequence = 0
        populate(sessions: config.sessions, lobbies: config.lobbies)
        if hostile { setHostile(true) }
    }

    /// Current counters.
    public func currentStats() -> EmulatorStats {
        var snapshot = stats
        snapshot.sessions = sessions.count
        snapshot.lobbies = lobbies.values.filter { $0.resolved(at: now) != .gone }.count
        snapshot.clockMs = now.milliseconds
        return snapshot
    }

    func takeSequence() -> UInt64 {
        defer { nextSequence += 1 }
        return nextSequence
    }

    func recordWebhook(delivered: Bool) {
        if delivered { stats.webhooksSent += 1 } else { stats.webhooksFailed += 1 }
    }
}
