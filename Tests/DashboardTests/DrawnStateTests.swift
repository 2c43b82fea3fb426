@testable import Dashboard
import DashboardRuntime
import Foundation
import Testing

/// Starting a poll changes request bookkeeping only: it must not cost a frame.
@Suite struct DrawnStateTests {
    typealias F = Fixtures

    @Test func startingAPollBehindDataDrawsNothingNew() {
        var state = F.loaded()
        let before = state
        let effects = F.reduce(&state, .timerFired(.poll(.sessions), F.t0))
        #expect(effects.contains { if case .fetch(.sessionPage, _) = $0 { true } else { false } })
        #expect(state != before)                 // the generation and the in-flight flag moved…
        #expect(state.drawn == before.drawn)     // …but nothing on screen did
    }

    @Test func loadingWithoutDataIsDrawn() {
        var state = AppState(config: F.config(), now: F.t0)
        let before = state
        _ = F.reduce(&state, .start(F.t0))
        #expect(state.drawn != before.drawn)     // "loading" appears in the list title
    }

    @Test func anUnchangedAnswerLaterOnDrawsNothingNew() {
        var state = F.loaded()
        F.loadDetail(&state, F.session("s-alpha"))
        let before = state
        _ = F.reduce(&state, .timerFired(.poll(.detail), F.t0 + 2))
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-alpha",
                                            .success(F.session("s-alpha")), at: F.t0 + 2.1))
        #expect(state.now != before.now)         // time moved and the detail's timestamps with it…
        #expect(state.drawn == before.drawn)     // …but no view shows them: no frame
    }

    @Test func aNewSessionsAnswerIsDrawn() {
        var state = F.loaded()
        let before = state
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("s-alpha", "s-bravo", "s-charlie", "s-delta"))), at: F.t0 + 2))
        #expect(state.drawn != before.drawn)     // a fourth row
    }

    /// The page's and the lobbies' polls answered with what they answered before.
    static func pollUnchanged(_ state: inout AppState, at t: Date) {
        _ = F.reduce(&state, .timerFired(.poll(.sessions), t))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("s-alpha", "s-bravo", "s-charlie"))), at: t))
        _ = F.reduce(&state, .timerFired(.poll(.lobbies), t))
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation, .success(F.sampleLobbies), at: t))
    }

    /// Nor is a frame owed for it, once the sparkline's history is full (until then each poll adds to it): an idle
    /// dashboard draws at most once a minute, when the header's clock turns.
    @Test func anUnchangedPollOwesNoFrameWithinTheMinute() {
        var state = F.loaded()
        func poll(at t: Date) { Self.pollUnchanged(&state, at: t) }
        var t = F.t0
        for _ in 0...AppState.historyLimit { t += 2; poll(at: t) }
        let minute = (t.timeIntervalSince1970 / 60).rounded(.down) * 60
        t = Date(timeIntervalSince1970: minute + 61)
        poll(at: t)
        let drawn = state.drawn
        for _ in 0..<25 {
            t += 2
            poll(at: t)
            #expect(state.drawn == drawn, "a frame owed at \(t)")
        }
    }

    /// An unchanged page a poll later changes nothing on screen: the header's time is to the minute, so an idle
    /// dashboard's frame at a poll is the same frame (no bytes to the terminal, over SSH) until the minute turns.
    @Test func anUnchangedSessionsAnswerChangesNoCellUntilTheMinuteTurns() {
        var state = F.loaded()
        func poll(at t: Date) { Self.pollUnchanged(&state, at: t) }
        poll(at: F.t0 + 2)
        let settled = F.render(state)
        let minute = (F.t0.timeIntervalSince1970 / 60).rounded(.down)
        let nextMinute = Date(timeIntervalSince1970: (minute + 1) * 60)
        var t = F.t0 + 4
        while t < nextMinute - 1 {
            poll(at: t)
            #expect(F.render(state) == settled, "changed at \(t)")
            t += 2
        }
        poll(at: nextMinute + 0.5)
        #expect(F.render(state) != settled)      // "updated HH:MM" moved on
    }

    @Test func onlyTheClockMovesTimeOnScreen() {
        #expect(Action.timerFired(.clock, F.t0).movesTheClock)
        #expect(Action.timerFired(.clock, F.t0).movesTheClock)
        #expect(!Action.timerFired(.poll(.lobbies), F.t0).movesTheClock)
        #expect(!Action.timerFired(.probe, F.t0).movesTheClock)
        #expect(!Action.key(.char("j")).movesTheClock)
    }

    /// Whatever counts on screen keeps the clock ticking, so hiding `now` from `drawn` loses no frame: staleness,
    /// countdowns and spinners all schedule ticks.
    @Test func staleDataSchedulesTheTickThatShowsIt() {
        var state = F.loaded()   // refresh 2: stale after 4 s
        let effects = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 1))
        #expect(effects.contains { if case .schedule(.clock, let s) = $0 { abs(s - 3.05) < 1e-9 } else { false } })
    }

    @Test func anUnchangedLobbyAnswerDrawsNothingUntilLobbiesGoStale() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        let before = state
        _ = F.reduce(&state, .timerFired(.poll(.lobbies), F.t0 + 2))
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation, .success(F.sampleLobbies), at: F.t0 + 2))
        #expect(state.drawn == before.drawn)
        // Six seconds without a lobby answer (refresh 2): STALE shows, so the lobbies' time is drawn.
        // Sessions answer at t0 + 5, so only the lobbies (last answered at t0 + 2) are stale at t0 + 6.5.
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 5))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("s-alpha", "s-bravo", "s-charlie"))), at: F.t0 + 5))
        let sessionsFresh = state
        _ = F.reduce(&state, .timerFired(.clock, F.t0 + 6.5))
        #expect(state.drawn != sessionsFresh.drawn)
        #expect(state.lobbies.feed.staleSince == F.t0 + 2 && state.sessions.feed.staleSince == nil)
    }
}
