@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// Enter on a lobby: its detail in the detail pane — status and for how long, url, age, deploy time so far with the
/// stuck mark, what its state allows, its events — following the selection; Esc closes it.
@Suite struct LobbyDetailTests {
    func state(width: Int = 160, height: Int = 48) -> AppState {
        var s = F.loaded(lobbies: F.sampleLobbies)
        _ = F.reduce(&s, .resize(width: width, height: height))
        s.focus = .lobbies
        return s
    }

    func list(_ s: inout AppState, _ lobbies: [Lobby], at: Date) {
        _ = F.reduce(&s, .lobbiesLoaded(generation: s.book[.lobbies].generation, .success(lobbies), at: at))
    }

    @Test func enterOpensTheDetailWithWhatTheStateAllows() {
        var s = state()
        F.press(&s, .char("j"), .enter)
        #expect(s.showsLobbyDetail)
        let screen = F.render(s)
        #expect(screen.contains("Lobby arena-us"))
        #expect(screen.contains("status   Deploying"))
        // Deploying: it can be terminated or deleted, not deployed again.
        #expect(screen.contains("actions  T terminate · D delete"), "\(screen)")
        // It follows the selection; Esc closes it.
        F.press(&s, .char("j"))
        #expect(F.render(s).contains("Lobby practice"))
        #expect(F.render(s).contains("actions  d deploy · T terminate · D delete") || F.render(s).contains("actions  d deploy · D delete"))
        F.press(&s, .escape)
        #expect(!s.showsLobbyDetail && s.focus == .lobbies)
        #expect(F.render(s).contains("Session s-alpha"))
    }

    @Test func itSaysHowLongADeployTakesTheStuckMarkAndTheEvents() {
        var s = state()
        let t1 = F.t0 + 30
        list(&s, [F.sampleLobbies[0], F.sampleLobbies[1], Lobby(name: "practice", url: "", status: "Deploying")], at: t1)
        let t2 = F.t0 + 200
        list(&s, [F.sampleLobbies[0], F.sampleLobbies[1], Lobby(name: "practice", url: "", status: "Deploying")], at: t2)
        F.press(&s, .end, .enter)
        let screen = F.render(s)
        #expect(screen.contains("status   ▲ stuck · Deploying"), "\(screen)")
        #expect(screen.contains("for      2m (since 15:07:10)"), "\(screen)")
        #expect(screen.contains("deploy   2m so far (stuck after 2m)"), "\(screen)")
        #expect(screen.contains("lobby-deploying"), "\(screen)")
        #expect(screen.contains("lobby-deploy-stuck"), "\(screen)")
    }

    @Test func narrowTheDetailTakesTheListsPlace() {
        var s = state(width: 100, height: 30)
        F.press(&s, .enter)
        let screen = F.render(s)
        #expect(screen.contains("Lobby arena-eu") && !screen.contains("LOBBY "), "\(screen)")
        #expect(ScreenLayout(s).lists[.lobbies] == nil)
    }
}
