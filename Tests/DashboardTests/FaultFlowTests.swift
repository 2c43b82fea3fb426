import Dashboard
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// The emulator starts failing every request: the error shows, the last good data stays; healed, it recovers.
@MainActor @Suite(.serialized) struct FaultFlowTests {
    @Test func outageKeepsTheLastGoodDataAndRecovers() async throws {
        let d = try await FlowDriver { $0.sessions = 30; $0.lobbies = 4 }
        do {
            try await d.start()
            let good = try #require(d.state.sessions.feed.value)
            #expect(good.totalCount == 30)

            await d.server.setFaults(FaultConfig(errorRate503: 1.0))
            try await d.waitUntil("the error shows") { $0.sessions.feed.error != nil && $0.lobbies.feed.error != nil }
            guard case .unavailable? = d.state.sessions.feed.error else {
                Issue.record("expected 503 unavailable, got \(String(describing: d.state.sessions.feed.error))")
                throw FlowTimeout(what: "503")
            }
            #expect(d.state.sessions.feed.value == good)
            #expect(d.state.lobbies.feed.value?.count == 4)
            #expect(d.state.messages.contains { $0.level == .error && $0.text.hasPrefix("sessions:") })
            let screen = d.screen()
            #expect(screen.contains("retry in"))
            #expect(screen.contains("STALE"))
            #expect(screen.contains(String(good.sessions[0].sessionID.prefix(8))))

            await d.server.setFaults(FaultConfig())
            try await d.waitUntil("recovery") { s in
                s.sessions.feed.error == nil && s.lobbies.feed.error == nil && s.sessions.feed.failures == 0
            }
            #expect(d.state.sessions.feed.value?.totalCount == 30)
            #expect(!d.screen().contains("retry in"))
            try await d.waitIdle()
        } catch {
            await d.stop()
            throw error
        }
        await d.stop()
    }
}
