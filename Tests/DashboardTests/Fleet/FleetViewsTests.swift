@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import Testing

private typealias F = Fixtures

/// What the operator gets from the index: fleet search from any page, the problems view, first-seen times.
@Suite struct FleetViewsTests {
    typealias S = FleetSweepTests

    static func failed(_ id: String, error: String = "relay allocation failed") -> RelaySession {
        var s = F.session(id, status: "Error", ready: false, users: 1)
        s.error = error
        return s
    }

    static func user(_ id: String, ip: String, token: UInt32) -> RelaySession {
        var s = F.session(id, users: 1)
        // The player searched for is the second user (the host is the first).
        s.sessionUsers = [SessionUser(ipAddress: "192.0.2.200", latitude: 1, longitude: 2, authorizationToken: 9),
                          SessionUser(ipAddress: ip, latitude: 1, longitude: 2, authorizationToken: token)]
        return s
    }

    @Test func slashFindsAUserOnTheLastPageFromPageOneAndEnterKeepsThePage() {
        // Two sessions a page, for the list and the crawl alike.
        var config = F.config(crawlRate: 5)
        config.pageSize = 2
        var state = F.loaded(F.ids("p1a-S", "p1b-S"), numPages: 3, total: 6, config: config)
        _ = S.sweep(&state, [F.ids("p1a-S", "p1b-S"), F.ids("p2a-S", "p2b-S"),
                             [F.session("p3a-S"), Self.user("p3b-S", ip: "198.51.100.77", token: 555)]], from: F.t0)
        F.press(&state, .char("/"))
        F.type(&state, "198.51.100.77")
        // Enter in the prompt opens the highlighted result, on the user the query matched; the page stays.
        let effects = F.press(&state, .enter)
        #expect(state.searchesFleet)
        #expect(state.listRows().map(\.sessionID) == ["p3b-S"])
        #expect(state.page(of: "p3b-S") == 3)
        #expect(state.sessions.page == 1)
        #expect(state.focus == .detail && state.detail.sessionID == "p3b-S" && state.detail.selectedUser == 1)
        #expect(effects.contains { if case .fetch(.session(id: "p3b-S"), _) = $0 { true } else { false } })
        F.press(&state, .escape)
        #expect(state.focus == .sessions && state.sessions.filter == "198.51.100.77")
        let screen = F.render(state)
        #expect(screen.contains("search \"198.51.100.77\" · fleet · 1 match"), "\(screen)")
        #expect(screen.contains("user 198.51.100.77"), "\(screen)")
        // Exported as shown: the result with its page.
        let exported = F.press(&state, .char("E"))
        #expect(exported == [.export(ExportRequest(rows: .fleetSearch([FleetHit(page: 3, session: state.listRows()[0])]), format: .json))])
    }

    @Test func searchMatchesEveryFieldItNames() {
        var s = Self.user("abc123def456-S", ip: "203.0.113.7", token: 3_500_589_645)
        s.authorizationToken = 77
        s.relay = Relay(ip: "192.0.2.9", host: "relay-ams.example")
        s.error = "Quota Exceeded"
        // The page's sessions and the index's records match alike (the record path skips by signature first).
        var records = FleetRecords()
        records.put(s, ordinal: 0, lastSeen: F.t0, sweep: 1, firstSeen: .seen(F.t0))
        for q in ["abc123", "ABC123DEF456-s", "203.0.113.7", "3500589645", "77", "192.0.2.9", "relay-AMS", "ready", "quota exc"] {
            #expect(FleetSearch(q).matches(s), "\(q)")
            #expect(FleetSearch(q).matches(id: s.sessionID, in: records), "\(q)")
        }
        for q in ["zzz", "203.0.113.8", "3500589646", "nope"] {
            #expect(!FleetSearch(q).matches(s), "\(q)")
            #expect(!FleetSearch(q).matches(id: s.sessionID, in: records), "\(q)")
        }
    }

    @Test func beforeACompleteSweepTheSearchSaysWhichPagesItSearched() {
        var config = F.config(crawlRate: 5)
        config.pageSize = 1
        var state = F.loaded(F.ids("p1a-S"), numPages: 3, total: 3, config: config)
        S.answer(&state, F.ids("p1a-S"), page: 1, of: 3, total: 3, at: F.t0)
        F.press(&state, .char("/"))
        F.type(&state, "p1a")
        F.press(&state, .enter, .escape)
        #expect(F.render(state).contains("search \"p1a\" · pages 1–1 of 3 · 1 match"))
    }

    @Test func problemsAreGroupedByKindNewestFirstAndActionable() {
        var config = F.config(crawlRate: 5)
        config.longLivedAfter = 3600
        var state = F.loaded(F.ids("ok-S"), config: config)
        // Old sessions first (first seen at t0), younger ones an hour and a half later.
        var stuckOld = F.session("stuck-old-S", status: "Initializing", ready: false)
        stuckOld.relay = nil
        _ = S.sweep(&state, [[F.session("ok-S"), Self.failed("fail-old-S"), stuckOld]], from: F.t0)
        var t = F.t0 + 5400
        var erroring = F.session("erroring-S")
        erroring.error = "relay degraded"
        t = S.sweep(&state, [[F.session("ok-S"), Self.failed("fail-old-S"), stuckOld, Self.failed("fail-new-S"), erroring]], from: t)
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                            .success([Lobby(name: "broken", url: "", status: "Error")]), at: t))
        F.press(&state, .char("P"))
        #expect(state.sessions.scope == .problems)
        // The detail shows the highlighted problem (and follows it).
        #expect(state.detail.sessionID == "erroring-S")
        F.press(&state, .char("j"))
        #expect(state.detail.sessionID == "fail-new-S")
        F.press(&state, .char("k"))
        // A READY session with an error is failed, as its row and the header say (one classification).
        let rows = state.fleet.problems.map { "\($0.kind.label) \($0.name)" }
        #expect(rows == ["failed erroring-S", "failed fail-new-S", "failed fail-old-S", "stuck stuck-old-S",
                         "lobby error broken", "long-lived ok-S"])
        #expect(F.render(state).contains("Problems · 6 in the fleet"))
        // y copies, D asks to delete (session, then lobby), Enter opens the detail.
        #expect(F.press(&state, .char("y")) == [.copy("erroring-S")])
        F.press(&state, .char("D"))
        guard case .confirm(let c)? = state.modal, case .mutation(.deleteSession(id: "erroring-S")) = c.subject else {
            Issue.record("no delete confirmation: \(String(describing: state.modal))"); return
        }
        F.press(&state, .escape)
        F.press(&state, .char("j"), .char("j"), .char("j"), .char("j"))
        F.press(&state, .char("D"))
        guard case .confirm(let lc)? = state.modal, case .mutation(.deleteLobby(name: "broken")) = lc.subject else {
            Issue.record("no lobby delete confirmation: \(String(describing: state.modal))"); return
        }
        F.press(&state, .escape)
        F.press(&state, .home)
        F.press(&state, .enter)
        #expect(state.focus == .detail && state.detail.sessionID == "erroring-S")
        // P (or Esc) goes back to the page.
        F.press(&state, .tab, .tab, .char("P"))
        #expect(state.sessions.scope == .page)
    }

    @Test func problemsExportAsShown() {
        var state = F.loaded(F.ids("ok-S"), config: F.config(crawlRate: 5))
        _ = S.sweep(&state, [[F.session("ok-S"), Self.failed("bad-S")]], from: F.t0)
        F.press(&state, .char("P"))
        let effects = F.press(&state, .char("e"))
        guard case .export(let request)? = effects.first, case .problems(let rows) = request.rows else {
            Issue.record("no problems export: \(effects)"); return
        }
        #expect(rows.map(\.name) == ["bad-S"] && rows.first?.kind == "failed" && rows.first?.page == 1)
    }

    @Test func theFirstSweepsAgesAreLowerBoundsLaterOnesAreNotAndBothAreSaved() {
        var state = S.crawling()
        var t = S.sweep(&state, [F.ids("old-S")], from: F.t0)
        t += 40
        t = S.sweep(&state, [F.ids("old-S", "new-S")], from: t)
        #expect(state.firstSeen("old-S")?.lowerBound == true)
        #expect(state.firstSeen("new-S")?.lowerBound == false)
        let records = FirstSeen.records(state)
        #expect(records["old-S"] == .atLeast(F.t0))
        #expect(records["new-S"]?.lowerBound == false)
        // A restart loads them back: the earlier time wins.
        var again = S.crawling()
        _ = Reducer.reduce(&again, .firstSeenLoaded(profile: "DEMO", records))
        _ = S.sweep(&again, [F.ids("old-S", "new-S")], from: t + 100)
        #expect(again.firstSeen("old-S")?.at == F.t0)
        #expect(again.firstSeen("old-S")?.lowerBound == true && again.firstSeen("new-S")?.lowerBound == false)
        // The index holds them, so the table does not (one copy of each time).
        #expect(again.sessions.firstSeen.isEmpty)
    }

    /// One copy of each time: a session the page saw first hands its exact age to its record when the crawl reaches
    /// it, and an earlier run's older time wins over the record's, lower bound and all.
    @Test func theTableHandsItsTimesToTheIndex() {
        var state = S.crawling()
        _ = Reducer.reduce(&state, .firstSeenLoaded(profile: "DEMO", ["old-S": .atLeast(F.t0 - 3_600)]))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("seen-S"))), at: F.t0 + 1))
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 3))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("seen-S", "new-S"))), at: F.t0 + 3))
        #expect(state.sessions.firstSeen.record("new-S") == .seen(F.t0 + 3))
        _ = S.sweep(&state, [F.ids("seen-S", "new-S", "old-S", "crawled-S")], from: F.t0 + 5)
        #expect(state.fleet.index.records["new-S"]?.firstSeenRecord == .seen(F.t0 + 3))
        #expect(state.firstSeen("old-S") == .atLeast(F.t0 - 3_600))
        #expect(state.firstSeen("crawled-S") == .atLeast(F.t0 + 5))
        #expect(state.sessions.firstSeen.isEmpty)
        // A later load with an older time moves the record's time back; a younger one changes nothing.
        _ = Reducer.reduce(&state, .firstSeenLoaded(profile: "DEMO", ["crawled-S": .seen(F.t0 - 60), "new-S": .seen(F.t0 + 100)]))
        #expect(state.firstSeen("crawled-S") == .seen(F.t0 - 60) && state.firstSeen("new-S") == .seen(F.t0 + 3))
        #expect(state.sessions.firstSeen.isEmpty)
        // Saved: the index's times, whole.
        let saved = FirstSeen.records(state)
        #expect(saved.count == 4 && saved["old-S"] == .atLeast(F.t0 - 3_600) && saved["new-S"] == .seen(F.t0 + 3))
    }

    /// The detail shows the highlighted problem as it shows the list's selection: a session row's session, and no
    /// session at all on a lobby's row (not whatever the page had selected).
    @Test func theDetailFollowsTheProblemsSelection() {
        var state = S.crawling()
        _ = S.sweep(&state, [[F.session("ok-S"), Self.failed("bad-S")]], from: F.t0)
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                            .success([Lobby(name: "duel-1", url: "", status: "Error")]), at: F.t0 + 1))
        F.press(&state, .char("P"))
        #expect(state.detail.sessionID == "bad-S")
        F.press(&state, .char("j"))
        #expect(state.sessions.problemSelection == .lobby("duel-1"))
        #expect(state.detail.sessionID == nil)
        F.press(&state, .char("k"))
        #expect(state.detail.sessionID == "bad-S")
    }

    @Test func aLobbyTurningToErrorIsSaid() {
        var state = F.loaded(config: F.config(crawlRate: 5))
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                            .success([Lobby(name: "duel-1", url: "", status: "Deploying")]), at: F.t0 + 1))
        _ = F.reduce(&state, .lobbiesLoaded(generation: state.book[.lobbies].generation,
                                            .success([Lobby(name: "duel-1", url: "", status: "Error")]), at: F.t0 + 3))
        #expect(state.messages.last?.text == "lobby duel-1: Deploying → Error")
        #expect(state.messages.last?.level == .warning)
    }

    @Test func withTheCrawlOffAFilterThatHidesEveryRowEmptiesTheDetail() {
        var state = F.loaded()
        F.press(&state, .enter)
        #expect(state.detail.sessionID == "s-alpha")
        F.press(&state, .escape, .char("/"))
        F.type(&state, "no-such")
        F.press(&state, .enter)
        #expect(state.listRows().isEmpty)
        #expect(state.detail.sessionID == nil)
        F.press(&state, .escape)
        #expect(state.detail.sessionID == "s-alpha")
    }

    /// A query everything matches stops at the listing limit and says so, rather than count the whole fleet.
    @Test func aBroadSearchStopsAtTheLimitAndSaysSo() {
        var state = S.crawling()
        _ = S.sweep(&state, (0..<15).map { p in (0..<100).map { F.session("p\(p)-\($0)-S") } }, from: F.t0)
        let r = FleetSearch("-s").run(state.fleet.index)
        #expect(r.ids.count == FleetSearch.shownLimit)
        #expect(!r.complete)
        #expect(r.ids.first == "p0-0-S")
        F.press(&state, .char("/"))
        F.type(&state, "-S")
        let title = F.render(state).split(separator: "\n").first { $0.contains("Sessions") }.map(String.init) ?? ""
        #expect(title.contains("fleet · 1000+ matches"), "\(title.debugDescription)")
        let one = FleetSearch("p14-99-").run(state.fleet.index)
        #expect(one.ids == ["p14-99-S"])
        #expect(one.matched == 1 && one.complete)
    }
}
