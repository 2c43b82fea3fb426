import Dashboard
import DashboardTestSupport
import EdgegapAPI
import EdgegapEmulator
import Foundation
import TerminalUI
import Testing

/// Lobbies against the emulator: create, deploy to READY with a url, terminate until gone. The emulator's
/// manual clock is advanced instead of waiting for deploy and terminate delays.
@MainActor @Suite(.serialized) struct LobbyFlowTests {
    func lobby(_ state: AppState, _ name: String) -> Lobby? {
        state.lobbies.feed.value?.first { $0.name == name }
    }

    @Test func createDeployAndTerminateALobby() async throws {
        try await FlowDriver().run { d in
            d.press(.tab, .tab)
            #expect(d.state.focus == .lobbies)
            d.press(.char("n"))
            d.type("flow-lobby")
            d.press(.enter)
            #expect(d.state.modal == nil)
            try await d.waitUntil("lobby created") { $0.pending.isEmpty && lobby($0, "flow-lobby") != nil }
            #expect(lobby(d.state, "flow-lobby")?.status == "Released")
            #expect(d.state.lobbyPane.selectedName == "flow-lobby")

            d.press(.char("d"), .enter)
            #expect(d.state.pending.count == 1)
            try await d.waitUntil("deploying") { $0.pending.isEmpty && lobby($0, "flow-lobby")?.status == "Deploying" }
            #expect(d.screen().contains("Deploying"))
            await d.server.store.advance(by: .seconds(1))
            try await d.waitUntil("READY with a url") {
                guard let l = lobby($0, "flow-lobby") else { return false }
                return l.status == "READY" && !l.url.isEmpty
            }
            let url = try #require(lobby(d.state, "flow-lobby")?.url)
            #expect(d.screen().contains(String(url.prefix(20))))

            d.press(.char("T"))
            guard case .confirm(let c)? = d.state.modal else { Issue.record("no terminate confirm"); throw FlowTimeout(what: "confirm") }
            #expect(!c.confirmFocused)
            d.press(.tab, .enter)
            try await d.waitUntil("terminating") { $0.pending.isEmpty && lobby($0, "flow-lobby")?.status == "Terminating" }
            await d.server.store.advance(by: .seconds(1))
            try await d.waitUntil("lobby gone") { $0.lobbies.feed.value?.isEmpty == true && $0.lobbies.feed.error == nil }
            #expect(d.state.lobbyPane.selectedName == nil)
            #expect(await d.server.store.lobbyCount == 0)
        }
    }
}
