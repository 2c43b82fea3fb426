@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing
import TerminalUI

private typealias F = Fixtures

/// The pause key freezes the screen, not the model: the header counts the pause, ages keep counting, the page and the
/// detail wait, the lobbies (and the crawl) go on and alert; resuming fetches at once.
@Suite struct PauseTests {
    @Test func thePauseFreezesTheScreenAndTheModelGoesOn() {
        var config = F.config()
        config.notify = [.bell]
        var s = F.loaded(lobbies: F.sampleLobbies, config: config)
        F.press(&s, .char("p"))
        #expect(s.paused != nil)
        #expect(F.render(s).contains("PAUSED 0:00"))
        let frozen = F.render(s).split(separator: "\n").dropFirst(2).dropLast(2).joined(separator: "\n")
        // The page's poll waits while paused.
        #expect(F.reduce(&s, .timerFired(.poll(.sessions), F.t0 + 2)).isEmpty)
        // The lobbies still answer, and a lobby in error still alerts (badge and channel), though the panes stay as they were.
        let broken = [F.sampleLobbies[0], Lobby(name: "arena-us", url: "", status: "Error"), F.sampleLobbies[2]]
        let effects = F.reduce(&s, .lobbiesLoaded(generation: s.book[.lobbies].generation, .success(broken), at: F.t0 + 42))
        #expect(effects.contains { if case .notify = $0 { true } else { false } })
        let screen = F.render(s)
        #expect(screen.contains("PAUSED 0:42") && screen.contains("✖1 new"), "\(screen)")
        #expect(screen.split(separator: "\n").dropFirst(2).dropLast(2).joined(separator: "\n") == frozen)
        // Acting on a frozen screen is refused, in words.
        F.press(&s, .char("D"))
        #expect(s.modal == nil && s.messageLine?.text == "paused: the screen is frozen (alerts still come) — p resumes")
        // Resume: the page and the detail are fetched at once, and the lobby's error shows.
        let resumed = F.press(&s, .char("p"))
        #expect(s.paused == nil && s.messageLine?.text == "resumed after 42s")
        #expect(resumed.contains { if case .fetch(.sessionPage, _) = $0 { true } else { false } })
        #expect(Pause.shown(s) == s && s.visibleLobbies[1].status == "Error")
    }
}
