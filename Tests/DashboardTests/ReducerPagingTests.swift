@testable import Dashboard
import EdgegapAPI
import Foundation
import Testing

@Suite struct ReducerPagingTests {
    typealias F = Fixtures

    @Test func startFetchesSessionsAndLobbies() {
        var state = AppState(config: F.config(), now: F.t0)
        let effects = F.reduce(&state, .start(F.t0))
        #expect(effects == [.loadFirstSeen(profile: "DEMO"), .fetchSessions(generation: 1, page: 1, limit: 50), .fetchLobbies(generation: 1)])
        #expect(state.book[.sessions].inFlight)
    }

    @Test func nextPageFetchesPageTwoWithBumpedGeneration() {
        var state = F.loaded(numPages: 3, total: 150)
        let gen = state.book[.sessions].generation
        let effects = F.press(&state, .char("]"))
        #expect(effects == [.fetchSessions(generation: gen + 1, page: 2, limit: 50)])
        #expect(state.sessions.page == 2)
    }

    @Test func previousPageFetchesPageOneAndIsRefusedOnPageOne() {
        var state = F.loaded(F.ids("p2-a", "p2-b"), number: 2, numPages: 3, total: 150)
        let gen = state.book[.sessions].generation
        #expect(F.press(&state, .char("[")) == [.fetchSessions(generation: gen + 1, page: 1, limit: 50)])
        #expect(state.sessions.page == 1)
        // The page-1 answer arrives; a second [ does nothing.
        _ = F.reduce(&state, .sessionsLoaded(generation: gen + 1, page: 1, .success(F.page(F.ids("a"), numPages: 3)), at: F.t0))
        #expect(F.press(&state, .char("[")).isEmpty)
        #expect(state.sessions.page == 1)
    }

    @Test func nextPageOnLastPageIsRefusedWithAMessage() {
        var state = F.loaded(number: 3, numPages: 3)
        #expect(F.press(&state, .char("]")).isEmpty)
        #expect(state.sessions.page == 3)
        #expect(state.messages.last?.text == "already on the last page")
    }

    @Test func staleGenerationIsDropped() {
        var state = F.loaded(numPages: 3, total: 150)
        let oldGen = state.book[.sessions].generation
        _ = F.press(&state, .char("]"))
        let before = state
        // A late answer for the page we left.
        let effects = F.reduce(&state, .sessionsLoaded(generation: oldGen, page: 1,
                                                       .success(F.page(F.ids("late"), numPages: 3)), at: F.t0 + 1))
        #expect(effects.isEmpty)
        #expect(state.sessions.feed.value == before.sessions.feed.value)
        #expect(state.book[.sessions].inFlight)
        // The current answer lands.
        _ = F.reduce(&state, .sessionsLoaded(generation: oldGen + 1, page: 2,
                                             .success(F.page(F.ids("p2"), number: 2, numPages: 3)), at: F.t0 + 1))
        #expect(state.sessions.feed.value?.sessions.map(\.sessionID) == ["p2"])
        #expect(state.sessions.selectedID == "p2")
    }

    @Test func successSchedulesTheNextPoll() {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let effects = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                       .success(F.page(F.ids("a"))), at: F.t0 + 2))
        #expect(effects.last == .schedule(.poll(.sessions), seconds: 2))
        #expect(effects.filter { if case .schedule = $0 { true } else { false } }.count == 1)
    }

    @Test func pollWhileInFlightSendsNothing() {
        var state = F.loaded()
        #expect(F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2)).count == 1)
        #expect(F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 3)).isEmpty)
    }

    @Test func pastTheEndPageGoesBackToTheLastPage() {
        var state = F.loaded(F.ids("x"), number: 5, numPages: 5, total: 201)
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        let gen = state.book[.sessions].generation
        // Sessions went away: page 5 is now empty and there are 3 pages.
        let effects = F.reduce(&state, .sessionsLoaded(generation: gen, page: 5,
                                                       .success(F.page([], number: 5, numPages: 3, total: 120)), at: F.t0 + 2))
        #expect(state.sessions.page == 3)
        // "x" left the page, so its detail asks the API on its own (it may be gone), and page 3 is fetched.
        #expect(effects == [.fetchSession(generation: state.book[.detail].generation, id: "x"),
                            .fetchSessions(generation: gen + 1, page: 3, limit: 50)])
    }
}
