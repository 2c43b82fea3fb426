@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

/// Failed polls: the last good value stays, the error shows, backoff doubles up to the cap; success clears it.
@Suite struct ReducerErrorTests {
    typealias F = Fixtures

    /// Fires the session poll and answers it with `result`; returns the effects of the answer.
    func poll(_ state: inout AppState, _ result: Result<SessionPage, APIError>, at: Date) -> [Effect] {
        _ = F.reduce(&state, .timerFired(.poll(.sessions), at))
        return F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1, result, at: at))
    }

    @Test func failureKeepsTheLastGoodValueAndSetsTheError() {
        var state = F.loaded()
        let good = state.sessions.feed.value
        let effects = poll(&state, .failure(.server(status: 500, message: "boom")), at: F.t0 + 2)
        #expect(state.sessions.feed.value == good)
        #expect(state.book[.sessions].answeredAt == F.t0)
        #expect(state.sessions.feed.error == .server(status: 500, message: "boom"))
        #expect(state.sessions.feed.retryAt == F.t0 + 4)
        #expect(effects == [.schedule(.poll(.sessions), seconds: 2)])
        #expect(state.messages.last?.level == .error)
        #expect(state.isStale(.sessions, at: state.now))
    }

    @Test func backoffDoublesAndIsCapped() {
        var state = F.loaded(config: F.config(refresh: 2, maxBackoff: 30))
        var delays: [Double] = []
        for i in 1...7 {
            let effects = poll(&state, .failure(.unavailable(message: nil)), at: F.t0 + Double(i * 40))
            for case .schedule(.poll(.sessions), let s) in effects { delays.append(s) }
        }
        #expect(delays == [2, 4, 8, 16, 30, 30, 30])
        #expect(state.book[.sessions].failures == 7)
        // The same error is not posted again and again.
        #expect(state.messages.filter { $0.level == .error }.count == 1)
    }

    @Test func retryAfterIsHonouredOn429() {
        var state = F.loaded()
        let effects = poll(&state, .failure(.rateLimited(retryAfter: 45, message: nil)), at: F.t0 + 2)
        #expect(effects == [.schedule(.poll(.sessions), seconds: 45)])
        #expect(state.sessions.feed.retryAt == F.t0 + 47)
        // A short Retry-After does not undercut the backoff.
        let again = poll(&state, .failure(.rateLimited(retryAfter: 1, message: nil)), at: F.t0 + 50)
        #expect(again == [.schedule(.poll(.sessions), seconds: 4)])
    }

    @Test func successClearsTheError() {
        var state = F.loaded()
        _ = poll(&state, .failure(.unavailable(message: nil)), at: F.t0 + 2)
        _ = poll(&state, .failure(.unavailable(message: nil)), at: F.t0 + 4)
        let effects = poll(&state, .success(F.page(F.ids("fresh"))), at: F.t0 + 10)
        // The old selection left the page: it stays selected and the detail asks for it on its own.
        #expect(effects == [.fetchSession(generation: state.book[.detail].generation, id: "s-alpha"), .schedule(.poll(.sessions), seconds: 2)])
        #expect(state.sessions.selectedID == "s-alpha")
        #expect(state.sessions.feed.error == nil)
        #expect(state.book[.sessions].failures == 0)
        #expect(state.sessions.feed.retryAt == nil)
        #expect(state.book[.sessions].answeredAt == F.t0 + 10)
        #expect(!state.isStale(.sessions, at: state.now))
    }

    @Test func oldDataIsStaleAfterTwoIntervals() {
        let state = F.loaded()
        #expect(!state.isStale(.sessions, at: F.t0 + 4))
        #expect(state.isStale(.sessions, at: F.t0 + 4.1))
    }

    @Test func clockTicksWhileTroubledAndWakesAtStalenessOtherwise() {
        var state = F.loaded()
        let quiet = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 1)).filter(F.isClock)
        guard case .schedule(.clock, let s)? = quiet.first else { Issue.record("no clock wake-up"); return }
        #expect(abs(s - 3.05) < 1e-9)
        _ = poll(&state, .failure(.unavailable(message: nil)), at: F.t0 + 2)
        let clock = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 3)).filter { if case .schedule(.clock, _) = $0 { true } else { false } }
        #expect(clock == [.schedule(.clock, seconds: 1)])
    }

    @Test func lobbyAndDetailFailuresBackOffToo() {
        var state = F.loaded(lobbies: F.sampleLobbies)
        _ = F.reduce(&state, .timerFired(.poll(.lobbies), F.t0 + 2))
        let effects = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                                      .failure(.server(status: 500, message: nil)), at: F.t0 + 2))
        #expect(effects == [.schedule(.poll(.lobbies), seconds: 2)])
        #expect(state.lobbies.feed.value == F.sampleLobbies)
        _ = F.press(&state, .enter)
        let d = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "s-alpha",
                                                .failure(.unavailable(message: nil)), at: F.t0 + 3))
        #expect(d == [.schedule(.poll(.detail), seconds: 2)])
        #expect(!state.detail.gone)
    }
}

/// Issue 12, item 12: a refused key (401/403) is not transient: no fast retries, no probing, and words that say
/// what to check.
@Suite struct RefusedKeyTests {
    typealias F = Fixtures

    @Test(arguments: [APIError.unauthorized(message: nil), .forbidden(message: nil)])
    func aRefusedKeyIsRetriedSlowlyAndSaysWhatToCheck(error: APIError) {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let effects = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                             .failure(error), at: F.t0 + 2))
        #expect(effects.contains(.schedule(.poll(.sessions), seconds: 30)))
        #expect(!effects.contains(.schedule(.probe, seconds: 2)) && !state.book.probe.armed)
        let status = error == .unauthorized(message: nil) ? 401 : 403
        let header = Snapshot.render(state, width: 160, height: 48).split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("key refused (\(status)) — check the API key"), "\(header)")
        // `r` asks at once.
        #expect(F.press(&state, .char("r")).contains { if case .fetch(.sessionPage, _) = $0 { true } else { false } })
    }
}

/// Issue 12, item 9: backoff and recovery go to the log as effects (the core writes no file).
@Suite struct FeedLogTests {
    typealias F = Fixtures

    @Test func backoffAndRecoveryAreLogged() {
        var state = F.loaded()
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let failed = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                            .failure(.server(status: 500, message: "boom")), at: F.t0 + 2))
        #expect(failed.contains(.log(.warning, "sessions: server error 500: boom; attempt 1 failed, next in 2s")), "\(failed)")
        _ = Reducer.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 4))
        let back = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                          .success(F.page(F.ids("s-alpha"))), at: F.t0 + 4))
        #expect(back.contains(.log(.success, "sessions: answering again after 1 failed attempt")), "\(back)")
    }
}
