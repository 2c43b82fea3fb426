@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import Testing

private typealias F = Fixtures

/// The crawl feed and its index: whole sweeps, shifting pages, duplicates, gone sessions, pace.
@Suite struct FleetSweepTests {
    /// A started dashboard with the crawl on (5 requests a second).
    static func crawling(rate: Double = 5, pageSize: Int = 50) -> AppState {
        var config = F.config(crawlRate: rate)
        config.pageSize = pageSize
        var state = AppState(config: config, now: F.t0)
        _ = Reducer.reduce(&state, .resize(width: 120, height: 40))
        _ = Reducer.reduce(&state, .start(F.t0))
        return state
    }

    /// Answers the crawl's request out with page `number` of `numPages`.
    @discardableResult
    static func answer(_ state: inout AppState, _ sessions: [RelaySession], page number: Int, of numPages: Int,
                       total: Int? = nil, at: Date) -> [Effect] {
        let limit = state.fleet.index.limit
        return F.reduce(&state, .fleetLoaded(generation: state.book[.fleet].generation, page: number,
                                              .success(F.page(sessions, number: number, numPages: numPages, total: total)),
                                              at: at, limit: limit))
    }

    /// Walks a whole sweep of `pages` (each answered 0.2 s after the last), firing the crawl's timer between pages.
    static func sweep(_ state: inout AppState, _ pages: [[RelaySession]], total: Int? = nil, from start: Date) -> Date {
        var t = start
        for (i, sessions) in pages.enumerated() {
            if i > 0 || !state.book[.fleet].inFlight { _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), t)) }
            answer(&state, sessions, page: i + 1, of: pages.count, total: total ?? pages.map(\.count).reduce(0, +), at: t)
            t += 0.2
        }
        return t
    }

    static func names(_ prefix: String, _ n: Int) -> [RelaySession] { (0..<n).map { F.session("\(prefix)\($0)-S") } }

    @Test func startAsksForTheFirstPageAtTheLargestLimit() {
        var state = AppState(config: F.config(crawlRate: 5), now: F.t0)
        let effects = Reducer.reduce(&state, .start(F.t0))
        #expect(effects.contains(.fetchFleet(generation: state.book[.fleet].generation, page: 1, limit: 100)))
    }

    @Test func aCompleteSweepIsACensusAndPacesItself() {
        var state = Self.crawling()
        let effects = Self.answer(&state, Self.names("a", 2), page: 1, of: 3, total: 6, at: F.t0)
        // One budget interval to the next page (5 requests a second), and not a request before it.
        #expect(effects.contains(.schedule(.poll(.fleet), seconds: 0.2)))
        #expect(!effects.contains { if case .fetch(.fleetPage, _) = $0 { true } else { false } })
        #expect(state.fleet.index.isPartial && state.fleet.index.pagesRead == 1)
        let fired = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.2))
        #expect(fired.contains(.fetchFleet(generation: state.book[.fleet].generation, page: 2)))
        Self.answer(&state, Self.names("b", 2), page: 2, of: 3, total: 6, at: F.t0 + 0.3)
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.5))
        let last = Self.answer(&state, Self.names("c", 2), page: 3, of: 3, total: 6, at: F.t0 + 0.6)
        let done = state.fleet.index.completed
        #expect(done?.census == true && done?.seen == 6 && done?.number == 1)
        #expect(state.fleet.summary?.total == 6 && state.fleet.summary?.ready == 6 && state.fleet.summary?.census == true)
        // The next sweep starts `sweepEvery` after this one did: a small fleet is not walked nonstop.
        let rest = last.compactMap { if case .schedule(.poll(.fleet), let s) = $0 { s } else { nil } }.first ?? 0
        #expect(abs(rest - (Fleet.sweepEvery - 0.6)) < 0.001)
        #expect(state.fleet.index.nextPage == 1 && state.fleet.index.sweep == 2)
    }

    @Test func aTotalThatMovesMidSweepIsNoCensus() {
        var state = Self.crawling()
        Self.answer(&state, Self.names("a", 2), page: 1, of: 2, total: 4, at: F.t0)
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.2))
        // A session was deleted on page 1 after it was read: the total is 3 now.
        Self.answer(&state, Self.names("b", 1), page: 2, of: 2, total: 3, at: F.t0 + 0.3)
        #expect(state.fleet.index.completed?.census == false)
        #expect(state.fleet.summary?.census == false)
        var view = state
        view.sessions.scope = .page
        #expect(F.render(view).contains("fleet ≈"))
    }

    @Test func aDuplicateIsCountedOnceAndTheSweepIsNoCensus() {
        var state = Self.crawling()
        let shared = F.session("dup-S")
        Self.answer(&state, [F.session("a-S"), shared], page: 1, of: 2, total: 4, at: F.t0)
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.2))
        // A creation before it pushed `dup-S` onto page 2 as well.
        Self.answer(&state, [shared, F.session("b-S")], page: 2, of: 2, total: 4, at: F.t0 + 0.3)
        #expect(state.fleet.index.records.count == 3)
        #expect(state.fleet.index.completed?.census == false && state.fleet.index.completed?.seen == 3)
    }

    @Test func aSessionUnseenForTwoSweepsIsGone() {
        var state = Self.crawling()
        var t = Self.sweep(&state, [[F.session("stay-S"), F.session("left-S")]], from: F.t0)
        t += Fleet.sweepEvery
        t = Self.sweep(&state, [[F.session("stay-S")]], from: t)
        // Missed once: a shift could hide it; it stays, but counts nowhere (no ghost in the counts or a search).
        #expect(state.fleet.index.records["left-S"] != nil)
        #expect(state.fleet.summary?.total == 1)
        #expect(FleetSearch("left").run(state.fleet.index).matched == 0)
        t += Fleet.sweepEvery
        _ = Self.sweep(&state, [[F.session("stay-S")]], from: t)
        #expect(state.fleet.index.records["left-S"] == nil)
        #expect(state.fleet.summary?.total == 1)
        // Its age goes with it (after a census), so churn does not fill the first-seen store.
        #expect(state.firstSeen("left-S") == nil && state.firstSeen("stay-S") != nil)
    }

    @Test func aDeletedSessionLeavesTheIndexAtOnce() {
        var state = Self.crawling()
        _ = Self.sweep(&state, [[F.session("x-S"), F.session("y-S")]], from: F.t0)
        _ = Reducer.reduce(&state, .mutationFinished(.deleteSession(id: "x-S"), .succeeded(.none), at: F.t0 + 1))
        #expect(state.fleet.index.records["x-S"] == nil && state.fleet.summary?.total == 1)
    }

    @Test func a429SlowsTheCrawlAndHonoursRetryAfterThenItSpeedsBackUp() {
        var state = Self.crawling()
        Self.answer(&state, Self.names("a", 1), page: 1, of: 40, total: 40, at: F.t0)
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.2))
        let effects = F.reduce(&state, .fleetLoaded(generation: state.book[.fleet].generation, page: 2,
                                                    .failure(.rateLimited(retryAfter: 7, message: nil)), at: F.t0 + 0.3))
        let wait = effects.compactMap { if case .schedule(.poll(.fleet), let s) = $0 { s } else { nil } }.first ?? 0
        #expect(wait >= 7)
        #expect(state.fleet.slowdown == 2)
        // The next page goes out at half the budget: 0.4 s after this one was sent (0.1 s ago).
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 7.5))
        let next = Self.answer(&state, Self.names("b", 1), page: 2, of: 40, total: 40, at: F.t0 + 7.6)
        let delay = next.compactMap { if case .schedule(.poll(.fleet), let s) = $0 { s } else { nil } }.first ?? 0
        #expect(abs(delay - 0.3) < 1e-6)
        var t = F.t0 + 8
        for page in 3..<(3 + Fleet.speedUpAfter) {
            _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), t))
            Self.answer(&state, Self.names("p\(page)-", 1), page: page, of: 40, total: 40, at: t + 0.1)
            t += 0.5
        }
        #expect(state.fleet.slowdown == 1)
    }

    @Test func whileTheProbeWatchesAnOutageTheCrawlSendsNothing() {
        var state = Self.crawling()
        Self.answer(&state, Self.names("a", 1), page: 1, of: 5, total: 5, at: F.t0)
        // The session page fails hard, more than once: its backoff outgrows an interval and the probe takes over.
        var t = F.t0
        for _ in 0..<3 {
            t += 1
            _ = Reducer.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                       .failure(.server(status: 502, message: nil)), at: t))
        }
        #expect(state.book.probe.armed)
        let fired = Reducer.reduce(&state, .timerFired(.poll(.fleet), t + 0.2))
        #expect(!fired.contains { if case .fetch = $0 { true } else { false } })
        #expect(fired.contains(.schedule(.poll(.fleet), seconds: state.config.refresh)))
    }

    @Test func aRefusedPageSizeFallsBackAndStartsTheSweepAgain() {
        var state = Self.crawling()
        let effects = F.reduce(&state, .fleetLoaded(generation: state.book[.fleet].generation, page: 1,
                                                    .failure(.badRequest(message: "limit too large")), at: F.t0 + 0.1))
        #expect(state.fleet.index.limit == 50)
        #expect(effects.contains(.fetchFleet(generation: state.book[.fleet].generation, page: 1, limit: 50)))
    }

    @Test func crawlRateZeroIsPageOnly() {
        var state = AppState(config: F.config(crawlRate: 0), now: F.t0)
        _ = Reducer.reduce(&state, .resize(width: 120, height: 40))
        let effects = Reducer.reduce(&state, .start(F.t0))
        #expect(!effects.contains { if case .fetch(.fleetPage, _) = $0 { true } else { false } })
        #expect(F.render(state).contains("page only"))
        F.press(&state, .char("P"))
        #expect(state.sessions.scope == .page)
        #expect(state.messageLine?.text.contains("crawl is off") == true)
    }

    @Test func coverageThenAgeInTheHeader() {
        // Two sessions a page for the list and the crawl: coverage is counted in the list's pages.
        var state = Self.crawling(pageSize: 2)
        Self.answer(&state, Self.names("a", 2), page: 1, of: 3, total: 6, at: F.t0)
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.2))
        Self.answer(&state, Self.names("b", 2), page: 2, of: 3, total: 6, at: F.t0 + 0.3)
        #expect(F.render(state).contains("fleet 2/3 pages"))
        _ = Reducer.reduce(&state, .timerFired(.poll(.fleet), F.t0 + 0.5))
        Self.answer(&state, Self.names("c", 2), page: 3, of: 3, total: 6, at: F.t0 + 0.6)
        _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 12.5))
        let header = F.render(state)
        // Under a minute the age says nothing worth a redraw: it is not shown.
        #expect(header.contains("fleet 6 ·") && !header.contains(" old"), "\(header)")
        #expect(header.contains("●6 ready"))
        _ = Reducer.reduce(&state, .timerFired(.clock, F.t0 + 75))
        #expect(F.render(state).contains("fleet 6 · 1m old"))
    }
}
