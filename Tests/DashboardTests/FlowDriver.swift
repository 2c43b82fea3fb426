import Dashboard
import DashboardRuntime
import DashboardTestSupport
import EdgegapEmulator

/// The flow tests' live dashboard: an empty manual-clock emulator (tests add what they need) polled every 0.5 s.
typealias FlowDriver = LiveDashboard

extension LiveDashboard {
    static let flowKey = "flow-key"

    /// Starts an emulator with a manual clock (tests advance it) and a dashboard polling it every 0.5 s.
    convenience init(services: RuntimeServices = RuntimeServices(), _ configure: (inout EmulatorConfig) -> Void = { _ in },
                     dashboard: @escaping (inout DashboardConfig) -> Void = { _ in }) async throws {
        var config = EmulatorConfig(apiKeys: [Self.flowKey], sessions: 0, lobbies: 0, readyDelay: .milliseconds(200),
                                    lobbyDeployDelay: .milliseconds(300), lobbyTerminateDelay: .milliseconds(200),
                                    manualClock: true)
        configure(&config)
        try await self.init(emulator: config, key: Self.flowKey, services: services, dashboard: dashboard)
    }
}
