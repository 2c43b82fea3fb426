import Dashboard
import DashboardTestSupport
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// The emulator starts failing every request: the error shows, the last good data stays; healed, it recovers.
@MainActor @Suite(.serialized) struct FaultFlowTests {
    @Test func outageKeepsTheLastGoodDataAndRecovers() async throws {
        try await FlowDriver { $0.sessions = 30; $0.lobbies = 4 }.run { d in
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
                s.sessions.feed.error == nil && s.lobbies.feed.error == nil && s.book[.sessions].failures == 0
            }
            #expect(d.state.sessions.feed.value?.totalCount == 30)
            #expect(!d.screen().contains("retry in"))
            try await d.waitIdle()
        }
    }

    /// After a long outage the panes' backoff is seconds long; the probe brings recovery forward to the next interval.
    @Test func aLongOutageRecoversAheadOfTheBackoff() async throws {
        try await FlowDriver { $0.sessions = 30; $0.lobbies = 4 }.run { d in
            await d.server.setFaults(FaultConfig(errorRate503: 1.0))
            // Four failures at --refresh 0.5: the pane's next own retry is 4 s away, and the probe has seen the outage.
            try await d.waitUntil("a long backoff", timeout: 20) { $0.book[.sessions].failures >= 4 && $0.book.probe.sawDown }
            let ownRetry = try #require(d.state.sessions.feed.retryAt)
            await d.server.setFaults(FaultConfig())
            try await d.waitUntil("recovery") { s in
                s.sessions.feed.error == nil && s.lobbies.feed.error == nil && s.detail.feed.error == nil
            }
            #expect(d.state.now < ownRetry, "recovered by the probe, before the pane's own retry")
            #expect(d.state.messages.contains { $0.text == "the API answers again · refreshing" })
            try await d.waitIdle()
        }
    }

    /// Answers dripping in at 40 B/s hang every poll and the probe too; once the drip stops, fresh data comes
    /// (the probe's part in that is pinned down in ReducerProbeTests).
    @Test func aSlowDripRecovers() async throws {
        try await FlowDriver { $0.sessions = 30; $0.lobbies = 4 }.run { d in
            await d.server.setFaults(FaultConfig(slowDrip: 40))
            try await d.waitUntil("the probe hangs too", timeout: 20) { $0.book.probe.sawDown && $0.book[.sessions].inFlight }
            let cleared = Date()
            await d.server.setFaults(FaultConfig())
            try await d.waitUntil("fresh sessions after the drip stopped") { s in
                s.book[.sessions].answeredAt.map { $0 > cleared } == true && s.sessions.feed.error == nil
            }
            #expect(d.state.sessions.feed.value?.totalCount == 30)
            try await d.waitIdle(timeout: 20)
        }
    }
}
