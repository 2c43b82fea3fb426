@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

/// Issue 12, items 6, 7, 11 and 17: what the screen says is what is so.
@Suite struct ScreenTruthTests {
    typealias F = Fixtures

    @Test func theDetailAlwaysShowsTheListsSelection() {
        var failed = F.session("s-broken")
        failed.error = "relay allocation failed"
        var state = F.loaded([F.session("s-alpha"), F.session("s-bravo"), failed])
        _ = F.press(&state, .char("j"))
        #expect(state.detail.sessionID == "s-bravo")
        _ = F.press(&state, .char("/"))
        _ = F.type(&state, "fail")
        // s-bravo is filtered out: the list selects s-broken, and the detail shows it, as typed.
        #expect(state.sessions.selectedID == "s-broken")
        #expect(state.detail.sessionID == "s-broken")
        _ = F.press(&state, .enter)
        state.focus = .detail
        #expect(F.mutations(F.press(&state, .char("D"), .tab, .enter)) == [.deleteSession(id: "s-broken")])
    }

    @Test func clearingTheFilterKeepsTheSelectionInStep() {
        var state = F.loaded()
        _ = F.press(&state, .char("/"))
        _ = F.type(&state, "charlie")
        _ = F.press(&state, .enter)
        #expect(state.detail.sessionID == "s-charlie")
        _ = F.press(&state, .escape)                      // back to the list
        _ = F.press(&state, .escape)                      // clears the filter
        #expect(state.sessions.filter.isEmpty)
        #expect(state.detail.sessionID == state.sessions.selectedID)
    }

    @Test func aTerminatingLobbyShowsProgressNotHealth() {
        let lobbies = [Lobby(name: "going", url: "https://going.lobby.example", status: "Terminating"),
                       Lobby(name: "up", url: "https://up.lobby.example", status: "READY"),
                       Lobby(name: "broken", url: "", status: "Error")]
        var state = F.loaded(lobbies: lobbies)
        #expect(state.lobbies.movingSince["going"] == F.t0)
        let screen = Snapshot.render(state, width: 160, height: 48)
        let going = screen.split(separator: "\n").first { $0.contains("going") }.map(String.init) ?? ""
        #expect(!going.contains("●"), "\(going)")
        #expect(GlyphSet.unicode.spinner.contains { going.contains($0) }, "a progress mark: \(going)")
        #expect(screen.contains("lobbies 3 (1 up, 1 moving, 1 error)"))
        // Released lobbies are idle, and counted, so the parts add up to the total.
        var withIdle = F.loaded(lobbies: lobbies + [Lobby(name: "old", url: "", status: "Released")])
        _ = F.reduce(&withIdle, .timerFired(.clock, F.t0))
        #expect(Snapshot.render(withIdle, width: 160, height: 48).contains("lobbies 4 (1 up, 1 moving, 1 error, 1 idle)"))
        // Still terminating past the stuck time: said in words.
        _ = F.reduce(&state, .timerFired(.clock, F.t0 + 200))
        #expect(Snapshot.render(state, width: 160, height: 48).contains("stuck: Term"))
    }

    @Test func rateLimitedShowsOneCountdown() {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .failure(.rateLimited(retryAfter: 20, message: nil)), at: F.t0 + 2))
        _ = F.reduce(&state, .timerFired(.clock, F.t0 + 11))
        let header = Snapshot.render(state, width: 160, height: 48).split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("retry in 11s"), "\(header)")
        #expect(header.components(separatedBy: "retry in").count == 2, "one countdown: \(header)")
        #expect(Snapshot.render(state, width: 160, height: 48).contains("Sessions · page 1/1 · 3 total · stale"))
    }

    @Test func aDeletedLobbySaysWhatItWas() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        _ = F.reduce(&state, .mutationFinished(.deleteLobby(name: "arena-us"),
                                               .succeeded(.lobby(Lobby(name: "arena-us", url: "", status: "Deploying"))), at: F.t0))
        #expect(state.messages.last?.text == "deleted lobby arena-us (was Deploying)")
    }

    @Test func eachSessionCountsOnceAndNoCountIsNegative() {
        var readyWithError = F.session("s-odd")
        readyWithError.error = "relay lost"
        let sessions = [F.session("s-a"), F.session("s-b"), readyWithError,
                        F.session("s-init", status: "Initializing", ready: false)]
        let state = F.loaded(sessions)
        let header = Snapshot.render(state, width: 160, height: 48).split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        // The error wins over READY: 2 ready, 1 initializing, 1 failed — 4 in all, none negative.
        #expect(header.contains("●2 ready ◌1 init ✖1 failed"), "\(header)")
        #expect(!header.contains("-"), "\(header)")
    }
}

/// Issue 12, also seen: at 80 columns the footer keeps the pane's own actions and drops paging and the keys every
/// pane has first.
@Suite struct FooterOrderTests {
    @Test func theNarrowFooterKeepsWhatThePaneDoes() {
        let footer = Snapshot.render(Fixtures.loaded(), width: 80, height: 24).split(separator: "\n").last.map(String.init) ?? ""
        // Enter (open) is said in help, not here: the way to the other views comes first (issue 17, item 11).
        for hint in ["Tab pane", "P problems", "! events", "/ search", "n new", "D delete", "? help"] {
            #expect(footer.contains(hint), "\(hint) missing from: \(footer)")
        }
    }
}

/// Issue 12, also seen: help at 80×24 says there is more and how to scroll, and explains the marks.
@Suite struct HelpFitsTests {
    @Test func helpExplainsTheMarksAndSaysThereIsMore() {
        var state = Fixtures.loaded()
        _ = Fixtures.press(&state, .char("?"))
        let help = Snapshot.render(state, width: 80, height: 24)
        #expect(help.contains("● ready (the flag and a relay)") && help.contains("▲ stuck (not ready --stuck-after"))
        #expect(help.contains("R/L ✓✓ ready and linked"))
        #expect(help.contains("more: j/↓, PgDn/Space, End/G"))
        // Scrolled to the end, nothing is left below: no "more" line.
        _ = Fixtures.press(&state, .char("G"))
        #expect(!Snapshot.render(state, width: 80, height: 24).contains("more: j/↓"))
    }
}
