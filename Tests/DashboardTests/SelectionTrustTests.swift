@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

/// Issue 17, items 3, 9, 10 and 17: no action on a row the user did not choose. A selection whose row goes moves to
/// its neighbour and says so; a question open for it sends nothing; a jump makes its session the selection.
@Suite struct SelectionTrustTests {
    typealias F = Fixtures
    typealias S = FleetSweepTests

    static let lobbies = (1...9).map { Lobby(name: "lobby-\($0)", url: "https://l\($0).example", status: "READY") }

    static func answerLobbies(_ state: inout AppState, _ lobbies: [Lobby], at: Date = F.t0 + 2) {
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation, .success(lobbies), at: at))
    }

    static func answerPage(_ state: inout AppState, _ sessions: [RelaySession], at: Date = F.t0 + 2) {
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: state.sessions.page,
                                             .success(F.page(sessions, number: state.sessions.page, numPages: 3, total: 9)), at: at))
    }

    @Test func aLobbyThatGoesGivesWayToItsNeighbourNotTheTop() {
        var state = F.loaded(lobbies: Self.lobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("k"))                  // lobby-8
        #expect(state.lobbyPane.selectedName == "lobby-8")
        Self.answerLobbies(&state, Self.lobbies.filter { $0.name != "lobby-8" })
        #expect(state.lobbyPane.selectedName == "lobby-9")       // the one now in its place
        #expect(state.messageLine?.text == "lobby lobby-8 is gone")
        Self.answerLobbies(&state, Array(Self.lobbies.prefix(7)))
        #expect(state.lobbyPane.selectedName == "lobby-7")       // the last went: the one before
    }

    @Test func aQuestionOpenForALobbyThatGoesSaysSoAndSendsNothing() {
        var state = F.loaded(lobbies: Self.lobbies)
        state.focus = .lobbies
        _ = F.press(&state, .end, .char("T"))
        guard case .confirm(let c)? = state.modal, c.subject == .mutation(.terminateLobby(name: "lobby-9")) else {
            Issue.record("no terminate question"); return
        }
        Self.answerLobbies(&state, Array(Self.lobbies.prefix(8)))
        guard case .confirm(let gone)? = state.modal else { Issue.record("question closed"); return }
        #expect(gone.gone == "lobby lobby-9 is gone")
        #expect(F.render(state).contains("Lobby lobby-9 is gone"))
        #expect(F.render(state).contains("Nothing will be sent"))
        // Tab then Enter would have sent it before; now nothing is sent and the question closes.
        #expect(F.mutations(F.press(&state, .tab, .enter)).isEmpty)
        #expect(state.modal == nil && state.pending.isEmpty)
        #expect(state.messageLine?.text == "nothing sent: lobby lobby-9 is gone")
    }

    @Test func aSelectedSessionThatLeavesThePageStaysChosenUntilGoneThenItsNeighbourTakesOver() {
        var state = F.loaded(F.ids("s-1", "s-2", "s-3", "s-4"), numPages: 3, total: 9)
        _ = F.press(&state, .char("j"), .char("j"))
        #expect(state.sessions.selectedID == "s-3")
        // Pages shift under churn: s-3 left this page, but may be on the next. It stays the selection (no other
        // row is highlighted in its place) and the detail asks for it.
        let effects = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                       .success(F.page(F.ids("s-1", "s-2", "s-4", "s-5"), numPages: 3, total: 9)), at: F.t0 + 2))
        #expect(state.sessions.selectedID == "s-3" && state.detail.sessionID == "s-3")
        #expect(SessionList.selected(state) == nil)
        #expect(effects.contains { if case .fetch(.session(id: "s-3"), _) = $0 { true } else { false } })
        // A question open for it stays valid while the detail says it lives…
        _ = F.press(&state, .char("D"))
        guard case .confirm(let open)? = state.modal, open.gone == nil else { Issue.record("no question"); return }
        // …and says it is gone when the API does; then the row that took its place is the selection.
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-3",
                                            .failure(.notFound(message: nil)), at: F.t0 + 3))
        guard case .confirm(let c)? = state.modal else { Issue.record("question closed"); return }
        #expect(c.gone == "session s-3 is gone")
        #expect(F.mutations(F.press(&state, .tab, .enter)).isEmpty)
        #expect(state.sessions.selectedID == "s-4" && state.detail.sessionID == "s-4")
        #expect(state.messages.contains { $0.text == "session s-3 is gone; s-4, in its place, is selected" })
    }

    /// From a user trial: under churn the selected row and a row above it went in the same answer; the row beside it
    /// (s-4) takes over, not the one two further on that now sits at its old index (s-5).
    @Test func whenRowsAboveWentTooTheNeighbourIsTheRowBesideIt() {
        var state = F.loaded(F.ids("s-1", "s-2", "s-3", "s-4", "s-5", "s-6"), numPages: 3, total: 18)
        _ = F.press(&state, .char("j"), .char("j"))
        #expect(state.sessions.selectedID == "s-3")
        Self.answerPage(&state, F.ids("s-1", "s-4", "s-5", "s-6", "s-7", "s-8"))
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-3",
                                            .failure(.notFound(message: nil)), at: F.t0 + 3))
        #expect(state.sessions.selectedID == "s-4")
        #expect(state.messages.contains { $0.text == "session s-3 is gone; s-4, in its place, is selected" })
    }

    /// The same in the problems view: the next row of the old list still listed, else the one before.
    @Test func theNeighbourOfAVanishedRowIsTheNextOneStillListed() {
        #expect(Neighbour.of(2, in: ["a", "b", "c", "d", "e"], listed: ["a", "d", "e", "f"]) == "d")
        #expect(Neighbour.of(2, in: ["a", "b", "c", "d"], listed: ["a", "x"]) == "a")
        #expect(Neighbour.of(1, in: ["a", "b"], listed: ["x", "y", "z"]) == "y")
        #expect(Neighbour.of(0, in: ["a"], listed: [String]()) == nil)
    }

    /// From the user trial: a selected session that left the page long ago and then 404s hands the selection to no
    /// one — a row the user never looked at is never a key's target.
    @Test func aSelectionLongOffThePageThatIsGoneSelectsNothing() {
        var state = F.loaded(F.ids("s-1", "s-2", "s-3", "s-4"), numPages: 3, total: 9)
        _ = F.press(&state, .char("j"), .char("j"))
        Self.answerPage(&state, F.ids("s-1", "s-2", "s-4", "s-5"))
        Self.answerPage(&state, F.ids("s-1", "s-2", "s-5", "s-6"), at: F.t0 + 4)
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-3",
                                            .failure(.notFound(message: nil)), at: F.t0 + 5))
        #expect(state.sessions.selectedID == nil)
        #expect(state.messageLine?.text == "session s-3 is gone")
        _ = F.press(&state, .char("D"))
        #expect(state.modal == nil && state.messageLine?.text == "no session selected")
    }

    @Test func createdLobbiesAndSessionsBecomeTheSelection() {
        var state = F.loaded(F.ids("s-1", "s-2"), numPages: 3, total: 120, lobbies: Self.lobbies)
        state.focus = .lobbies
        _ = F.reduce(&state, .mutationFinished(.createLobby(name: "lobby-new"), .succeeded(.lobby(Lobby(name: "lobby-new", url: "", status: "Released"))), at: F.t0))
        #expect(state.lobbyPane.selectedName == "lobby-new")
        #expect(F.render(state).contains("› ◌ lobby-new"))       // the tenth row, scrolled into view at 80x24
        state.focus = .sessions
        let created = F.session("new0000000-S", status: "Initializing", ready: false)
        let effects = F.reduce(&state, .mutationFinished(.createSession(CreateSessionRequest(users: [UserIP(ip: "203.0.113.5")])),
                                                         .succeeded(.session(created)), at: F.t0))
        #expect(state.sessions.selectedID == "new0000000-S" && state.detail.sessionID == "new0000000-S")
        // 120 sessions, 50 a page: the new one is the 121st, on page 3, where the list turns.
        #expect(state.sessions.page == 3)
        #expect(effects.contains { if case .fetch(.sessionPage(page: 3, _), _) = $0 { true } else { false } })
    }

    @Test func aJumpToASessionOnAnotherPageTurnsTheListThere() {
        var state = S.crawling(pageSize: 2)
        _ = S.sweep(&state, [F.ids("a1-S", "a2-S"), F.ids("8c054445fda4-S", "b2-S"), F.ids("c1-S", "c2-S")], from: F.t0)
        Self.answerPage(&state, F.ids("a1-S", "a2-S"))
        _ = F.press(&state, .char(":"))
        F.type(&state, "8c05")
        let effects = F.press(&state, .enter)
        #expect(state.modal == nil)
        #expect(state.sessions.selectedID == "8c054445fda4-S" && state.detail.sessionID == "8c054445fda4-S")
        #expect(state.sessions.page == 2)
        #expect(effects.contains { if case .fetch(.sessionPage(page: 2, _), _) = $0 { true } else { false } })
        Self.answerPage(&state, F.ids("8c054445fda4-S", "b2-S"))
        // Esc back to the list: its highlighted row is the session the detail shows; D offers exactly that one.
        _ = F.press(&state, .escape)
        #expect(state.focus == .sessions)
        #expect(SessionList.selected(state)?.sessionID == "8c054445fda4-S")
        _ = F.press(&state, .char("D"))
        guard case .confirm(let c)? = state.modal else { Issue.record("no question"); return }
        #expect(c.subject == .mutation(.deleteSession(id: "8c054445fda4-S")))
    }

    @Test func aJumpToASessionNoListShowedLeavesNoOtherCandidate() {
        var state = F.loaded()
        _ = F.press(&state, .char(":"))
        F.type(&state, "0123456789ab-S")
        _ = F.press(&state, .enter)
        #expect(state.sessions.selectedID == "0123456789ab-S" && state.detail.sessionID == "0123456789ab-S")
        _ = F.press(&state, .escape)
        // No row is highlighted, and D in the list offers the session the detail shows, never row 1.
        #expect(SessionList.selected(state) == nil)
        #expect(!F.render(state).contains("›"))
        _ = F.press(&state, .char("D"))
        guard case .confirm(let c)? = state.modal else { Issue.record("no question"); return }
        #expect(c.subject == .mutation(.deleteSession(id: "0123456789ab-S")))
    }

    @Test func jumpWords() {
        var state = S.crawling(pageSize: 2)
        _ = S.sweep(&state, [F.ids("8c054445fda4-S", "d8c0523722dc-S"), F.ids("8c05aaaa0000-S", "b2-S"), F.ids("c1-S", "c2-S")], from: F.t0)
        Self.answerPage(&state, F.ids("8c054445fda4-S", "d8c0523722dc-S"))
        func jump(_ text: String) -> String? {
            _ = F.press(&state, .char(":"))
            F.type(&state, text)
            _ = F.press(&state, .enter)
            guard case .prompt(let p)? = state.modal else { return nil }
            _ = F.press(&state, .escape)
            return p.problem
        }
        // A unique prefix jumps.
        #expect(jump("8c0544") == nil)
        #expect(state.detail.sessionID == "8c054445fda4-S")
        // An ambiguous one lists its matches (the fleet search), the id-prefix ones first.
        _ = F.press(&state, .escape)
        #expect(jump("8c05") == nil)
        #expect(state.sessions.filter == "8c05")
        #expect(state.listRows().map(\.sessionID).prefix(2) == ["8c054445fda4-S", "8c05aaaa0000-S"])
        #expect(state.messageLine?.text == "2 sessions start with 8c05: listed, pick one")
        // A prefix of nothing matches nothing, in those words.
        #expect(jump("zzzz") == "no session matches zzzz")
        // Pages: by number, and the last by key.
        _ = F.press(&state, .escape)
        #expect(jump("page 9") == "page needs a number from 1 to 3: page N")
        #expect(jump("page 2") == nil)
        #expect(state.sessions.page == 2)
        _ = F.press(&state, .char("}"))
        #expect(state.sessions.page == 3)
        _ = F.press(&state, .char("{"))
        #expect(state.sessions.page == 1)
    }

    /// Item 11: at 80×24, P in a detail opened from the problems view goes back to the view, the same row selected.
    @Test func pFromADetailOpenedInTheProblemsViewGoesBackToIt() {
        var state = S.crawling()
        state.width = 80
        state.height = 24
        let failed = ["f1-S", "f2-S", "f3-S"].map { id in
            var s = F.session(id, status: "Error", ready: false)
            s.error = "no relay"
            return s
        }
        _ = S.sweep(&state, [failed], from: F.t0)
        _ = F.press(&state, .char("P"), .char("j"), .enter)
        let opened = state.detail.sessionID
        #expect(state.focus == .detail && opened != nil)
        _ = F.press(&state, .char("P"))
        #expect(state.sessions.scope == .problems && state.focus == .sessions)
        #expect(state.detail.sessionID == opened && Problems.selected(state)?.name == opened)
    }

    @Test func afterADeleteInTheProblemsViewTheDetailFollowsTheCursor() {
        var state = S.crawling()
        let failed = ["f1-S", "f2-S", "f3-S"].map { id in
            var s = F.session(id, status: "Error", ready: false)
            s.error = "no relay"
            return s
        }
        _ = S.sweep(&state, [failed], from: F.t0)
        _ = F.press(&state, .char("P"), .char("j"))
        let picked = state.detail.sessionID
        #expect(picked != nil && Problems.selected(state)?.name == picked)
        _ = F.reduce(&state, .mutationFinished(.deleteSession(id: picked!), .succeeded(.none), at: F.t0 + 5))
        #expect(Problems.selected(state)?.name != picked)
        #expect(state.detail.sessionID == Problems.selected(state)?.name)
    }
}
