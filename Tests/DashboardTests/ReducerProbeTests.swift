@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

/// The outage probe: one small request an interval while panes back off; when the API answers after being
/// seen down, every waiting pane is fetched at once.
@Suite struct ReducerProbeTests {
    typealias F = Fixtures

    /// Sessions, lobbies and the selected session's detail all answered at t0 (nothing left in flight).
    func settled(lobbies: [Lobby] = []) -> AppState {
        var state = F.loaded(lobbies: lobbies)
        F.loadDetail(&state, F.session("s-alpha"))
        return state
    }

    /// Fires the session poll and fails it; returns every effect (timers included).
    func failSessions(_ state: inout AppState, _ error: APIError, at: Date) -> [Effect] {
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), at))
        return Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                      .failure(error), at: at))
    }

    /// Two failed polls (the second waits 4 s, so the probe is armed), then the probe timer fires at t0 + 5.
    func probeAnOutage(_ state: inout AppState) {
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 2)
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 4)
        _ = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 5))
    }

    func fetchesSessions(_ effects: [Effect]) -> Bool {
        effects.contains { if case .fetch(.sessionPage, _) = $0 { true } else { false } }
    }

    @Test func aFirstShortBackoffNeedsNoProbe() {
        var state = settled()   // refresh 2: the first retry is one interval away
        let effects = failSessions(&state, .unavailable(message: nil), at: F.t0 + 2)
        #expect(!effects.contains(.schedule(.probe, seconds: 2)))
        #expect(!state.book.probe.armed)
    }

    @Test func aLongOutageIsProbedAndRecoveryComesAtOnce() {
        var state = settled()
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 2)
        // The second failure waits 4 s: the probe is armed for one interval.
        let second = failSessions(&state, .unavailable(message: nil), at: F.t0 + 4)
        #expect(second.contains(.schedule(.probe, seconds: 2)))
        #expect(state.book.probe.armed)
        // The probe goes out, finds the API still down, and is re-armed.
        let fired = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 5))
        #expect(fired.contains(.probe(generation: 1)))
        let down = Reducer.reduce(&state, .probed(generation: 1, .unavailable(message: nil), at: F.t0 + 5))
        #expect(down.contains(.schedule(.probe, seconds: 2)))
        #expect(state.book.probe.sawDown)
        // Meanwhile the pane's own retry fails again and now waits 8 s (until t0 + 16).
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 8)
        #expect(state.sessions.feed.retryAt == F.t0 + 16)
        // The API heals; the next probe answers and the sessions are fetched then, not at t0 + 16.
        _ = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 10))
        let up = Reducer.reduce(&state, .probed(generation: state.book.probe.generation, nil, at: F.t0 + 10))
        #expect(fetchesSessions(up))
        #expect(state.messages.last?.text == "the API answers again · refreshing")
        #expect(!state.book.probe.armed && !state.book.probe.sawDown)
    }

    @Test func anEndpointOfItsOwnIsRetriedEarlyOnceThenLeftToItsBackoff() {
        var state = settled(lobbies: F.sampleLobbies)
        func failLobbies(at: Date) -> [Effect] {
            _ = Reducer.reduce(&state, .timerFired(.poll(.lobbies), at))
            return Reducer.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                                         .failure(.server(status: 500, message: nil)), at: at))
        }
        _ = failLobbies(at: F.t0 + 2)
        #expect(failLobbies(at: F.t0 + 4).contains(.schedule(.probe, seconds: 2)))
        _ = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 5))
        // The probe (a session page) answers at once: the API is up, so lobbies get one early retry.
        let up = Reducer.reduce(&state, .probed(generation: state.book.probe.generation, nil, at: F.t0 + 5))
        #expect(up.contains { if case .fetch(.lobbies, _) = $0 { true } else { false } })
        #expect(state.book[.lobbies].retriedEarly)
        // It fails again: the trouble is the lobby endpoint's own; no more probing for it.
        let again = failLobbies(at: F.t0 + 5)
        #expect(again.contains(.schedule(.poll(.lobbies), seconds: 8)))
        #expect(!again.contains(.schedule(.probe, seconds: 2)))
        #expect(!state.book.probe.armed)
    }

    @Test func rateLimitingIsNeverProbed() {
        var state = settled()
        _ = failSessions(&state, .rateLimited(retryAfter: 30, message: nil), at: F.t0 + 2)
        let effects = failSessions(&state, .rateLimited(retryAfter: nil, message: nil), at: F.t0 + 32)
        #expect(!effects.contains(.schedule(.probe, seconds: 2)))
        #expect(!state.book.probe.armed)
    }

    @Test func aProbeAnsweredWith429WaitsAsLongAsItAsks() {
        var state = settled()
        probeAnOutage(&state)
        let limited = Reducer.reduce(&state, .probed(generation: state.book.probe.generation,
                                                     .rateLimited(retryAfter: 20, message: nil), at: F.t0 + 5))
        #expect(limited.contains(.schedule(.probe, seconds: 20)))
        #expect(!state.book.probe.sawDown)
    }

    @Test func recoveryDisarmsTheProbeAndAStaleAnswerIsDropped() {
        var state = settled()
        probeAnOutage(&state)
        let gen = state.book.probe.generation
        // The pane's own poll succeeds first.
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 7))
        _ = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                   .success(F.page(F.ids("a", "b"))), at: F.t0 + 7))
        #expect(!state.book.probe.armed)
        // The probe's answer arrives late: nothing is fetched twice.
        let late = Reducer.reduce(&state, .probed(generation: gen, nil, at: F.t0 + 7.5))
        #expect(!fetchesSessions(late))
    }

    @Test func theProbeIsNotDrawn() {
        var state = settled()
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 2)
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 4)
        let before = state.drawn
        _ = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 4))
        #expect(state.book.probe.inFlight)
        #expect(state.drawn == before)
    }

    @Test func aHungRequestIsReplacedWhenTheProbeAnswers() {
        var state = settled()   // refresh 2: a request out for more than 2 s counts as hung
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let hung = state.book[.sessions].generation
        #expect(!Reducer.reduce(&state, .timerFired(.clock, F.t0 + 3.5)).contains(.schedule(.probe, seconds: 2)))
        #expect(Reducer.reduce(&state, .timerFired(.clock, F.t0 + 4.5)).contains(.schedule(.probe, seconds: 2)))
        _ = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 6.5))
        // The probe answers: the API is quick again, so the hung poll is replaced by a fresh one.
        let up = Reducer.reduce(&state, .probed(generation: state.book.probe.generation, nil, at: F.t0 + 6.6))
        #expect(fetchesSessions(up))
        #expect(state.book[.sessions].generation > hung)
        #expect(state.book[.sessions].retriedEarly)
        // The hung poll's late answer is dropped.
        _ = Reducer.reduce(&state, .sessionsLoaded(generation: hung, page: 1, .success(F.page(F.ids("late"))), at: F.t0 + 7))
        #expect(state.sessions.feed.value?.sessions.first?.sessionID != "late")
    }

    @Test func aHungProbeIsReplacedAndCountsAsDown() {
        var state = settled()
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 2)
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 4)
        _ = failSessions(&state, .unavailable(message: nil), at: F.t0 + 8)   // own retry at t0 + 16
        let sent = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 9))
        // The probe gets one interval to answer.
        #expect(sent.contains(.schedule(.probe, seconds: 2)))
        let first = state.book.probe.generation
        let replaced = Reducer.reduce(&state, .timerFired(.probe, F.t0 + 11))
        let again = replaced.compactMap { if case .probe(let g) = $0 { g } else { nil } }
        #expect(again.count == 1 && again[0] > first)
        #expect(state.book.probe.sawDown)
        // The hung probe's answer (cancelled, or late) is dropped.
        #expect(!fetchesSessions(Reducer.reduce(&state, .probed(generation: first, nil, at: F.t0 + 11.2))))
        #expect(state.book.probe.inFlight)
        // The new one answers: the API came back, the sessions are fetched ahead of t0 + 16.
        #expect(fetchesSessions(Reducer.reduce(&state, .probed(generation: state.book.probe.generation, nil, at: F.t0 + 11.3))))
    }
}
