import DashboardTestSupport
import EdgegapEmulator

/// The reliability tests' live dashboard: a manual-clock emulator, hostile by default, polled every 0.5 s.
typealias HostileHarness = LiveDashboard

extension LiveDashboard {
    static let reliabilityKey = "reliability-key"

    /// An emulator with a manual clock (hostile by default) and a dashboard polling it every 0.5 s.
    convenience init(hostile: Bool = true, _ configure: (inout EmulatorConfig) -> Void = { _ in }) async throws {
        var config = EmulatorConfig(apiKeys: [Self.reliabilityKey], sessions: 24, lobbies: 6, seed: 11,
                                    readyDelay: .milliseconds(200), failureRate: 0.3, manualClock: true)
        config.hostile = hostile
        configure(&config)
        try await self.init(emulator: config, key: Self.reliabilityKey)
    }
}
