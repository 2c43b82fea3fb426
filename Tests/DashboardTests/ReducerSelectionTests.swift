@testable import Dashboard
import EdgegapAPI
import Foundation
import TerminalUI
import Testing

@Suite struct ReducerSelectionTests {
    typealias F = Fixtures

    func refresh(_ state: inout AppState, _ ids: [String], at: Date = Fixtures.t0 + 2) {
        _ = F.reduce(&state, .timerFired(.poll(.sessions), at))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(ids.map { F.session($0) })), at: at))
    }

    @Test func firstLoadSelectsTheFirstRowAndTheDetailFollows() {
        let state = F.loaded()
        #expect(state.sessions.selectedID == "s-alpha")
        #expect(state.detail.sessionID == "s-alpha")
    }

    @Test func selectionStaysOnTheSameIDWhenRowsMove() {
        var state = F.loaded()
        _ = F.press(&state, .char("j"))
        #expect(state.sessions.selectedID == "s-bravo")
        refresh(&state, ["s-new", "s-charlie", "s-alpha", "s-bravo"])
        #expect(state.sessions.selectedID == "s-bravo")
        #expect(state.detail.sessionID == "s-bravo")
    }

    /// The API's 404 for the detail's own request (the selected session left the page and is gone).
    func gone(_ state: inout AppState, _ id: String) {
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: id, .failure(.notFound(message: nil)),
                                             at: F.t0 + 3))
    }

    @Test func vanishedSelectionStaysUntilGoneThenMovesToTheSameIndex() {
        var state = F.loaded()
        _ = F.press(&state, .char("j"))
        refresh(&state, ["s-alpha", "s-charlie", "s-delta"])
        // It may only have moved to another page: still selected, the detail asks for it.
        #expect(state.sessions.selectedID == "s-bravo" && state.detail.sessionID == "s-bravo")
        gone(&state, "s-bravo")
        #expect(state.sessions.selectedID == "s-charlie")
        #expect(state.detail.sessionID == "s-charlie")
        // The last row vanishing clamps to the new last row.
        _ = F.press(&state, .char("G"))
        refresh(&state, ["s-alpha"])
        gone(&state, "s-delta")
        #expect(state.sessions.selectedID == "s-alpha")
    }

    @Test func anEmptiedPageClearsTheSelectionOnceItIsGone() {
        var state = F.loaded()
        refresh(&state, [])
        gone(&state, "s-alpha")
        #expect(state.sessions.selectedID == nil && state.detail.sessionID == nil)
    }

    @Test func movingSelectionShowsTheDetailFromThePageAtOnce() {
        var state = F.loaded()
        #expect(F.press(&state, .char("j")) == [.cancelTimer(.poll(.detail))])
        #expect(state.detail.feed.value?.sessionID == "s-bravo")
        #expect(F.press(&state, .char("k"), .char("k")) == [.cancelTimer(.poll(.detail))])
        #expect(state.sessions.selectedID == "s-alpha")
        #expect(state.detail.feed.value?.sessionID == "s-alpha")
    }

    @Test func theDetailFollowsEachPageAndPollsOnItsOwnOffThePage() {
        var state = F.loaded()
        #expect(state.detail.ridesOnPage)
        // A new page with the selected session changed: the detail shows the change, with no request.
        var alpha = F.session("s-alpha")
        alpha.status = "TERMINATED"
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page([alpha, F.session("s-bravo")])), at: F.t0 + 2))
        #expect(state.detail.feed.value?.status == "TERMINATED")
        // A jump to a session on no page: the pane asks the API and keeps polling it itself.
        let fetch = SessionDetail.show("elsewhere", &state)
        let gen = state.book[.detail].generation
        #expect(fetch == [.fetchSession(generation: gen, id: "elsewhere")])
        #expect(!state.detail.ridesOnPage)
        var other = F.session("s-alpha")
        other.sessionID = "elsewhere"
        let answered = F.reduce(&state, .sessionLoaded(generation: gen, id: "elsewhere", .success(other), at: F.t0 + 1))
        #expect(answered == [.schedule(.poll(.detail), seconds: 2)])
    }

    @Test func slashFiltersLiveAndEscClears() {
        var state = F.loaded()
        _ = F.press(&state, .char("/"))
        guard case .prompt(let p)? = state.modal else { Issue.record("no filter prompt"); return }
        #expect(p.purpose == .filter)
        F.type(&state, "br")
        #expect(state.sessions.filter == "br")
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["s-bravo"])
        _ = F.press(&state, .backspace, .backspace, .char("c"), .char("h"))
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["s-charlie"])
        _ = F.press(&state, .escape)
        #expect(state.modal == nil)
        #expect(state.sessions.filter.isEmpty)
        #expect(state.sessions.visibleRows().count == 3)
    }

    @Test func enterOpensTheResultKeepingTheFilterAndEscInTheListClearsIt() {
        var state = F.loaded()
        _ = F.press(&state, .char("/"))
        F.type(&state, "ALPHA")
        _ = F.press(&state, .enter)
        #expect(state.modal == nil)
        #expect(state.focus == .detail && state.detail.sessionID == "s-alpha")
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["s-alpha"])
        _ = F.press(&state, .escape)
        #expect(state.focus == .sessions && !state.sessions.filter.isEmpty)
        _ = F.press(&state, .escape)
        #expect(state.sessions.filter.isEmpty)
    }

    @Test func filterMatchesUserIPsAndHosts() {
        var state = F.loaded([F.session("one", host: "relay-sin.example"), F.session("two", users: 0)])
        state.sessions.filter = "sin"
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["one"])
        state.sessions.filter = "203.0.113.11"
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["one"])
    }

    @Test func sortCyclesThroughEveryKeyAndBack() {
        var state = F.loaded()
        var seen: [SessionSortKey] = []
        for _ in SessionSortKey.allCases {
            _ = F.press(&state, .char("s"))
            seen.append(state.sessions.sort.key)
        }
        #expect(seen == [.id, .status, .users, .host, .age, .apiOrder])
    }

    @Test func sortOrdersRowsAndReverseFlipsThem() {
        var state = F.loaded([F.session("b", users: 3), F.session("c", users: 1), F.session("a", users: 2)])
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["b", "c", "a"])
        _ = F.press(&state, .char("s"))
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["a", "b", "c"])
        _ = F.press(&state, .char("S"))
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["c", "b", "a"])
        _ = F.press(&state, .char("S"), .char("s"), .char("s"))
        #expect(state.sessions.sort.key == .users)
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["c", "a", "b"])
    }
}

/// Issue 12, item 16: ages and stuck marks survive a restart; an age that is only a lower bound says so.
@Suite struct FirstSeenTests {
    typealias F = Fixtures

    @Test func agesFromAnEarlierRunWinAndStuckMarksSurvive() {
        var state = F.loaded([F.session("s-ready"), F.session("s-slow", status: "Initializing", ready: false)])
        // Fresh start: everything was there when the page was first looked at, so every age is a lower bound.
        #expect(state.sessions.firstSeen.lowerBoundIDs == ["s-ready", "s-slow"])
        #expect(Snapshot.render(state, width: 160, height: 48).contains("    ?┃"))
        let twoHoursAgo = F.t0 - 7_200
        _ = F.reduce(&state, .firstSeenLoaded(profile: "DEMO", ["s-slow": FirstSeen.Record(at: twoHoursAgo, lowerBound: true)]))
        #expect(state.sessions.firstSeen["s-slow"] == twoHoursAgo)
        let screen = Snapshot.render(state, width: 160, height: 48)
        #expect(screen.contains("stuck") && screen.contains("≥2h"), "\(screen)")
        // Another profile's records are not this one's.
        _ = F.reduce(&state, .firstSeenLoaded(profile: "other", ["s-ready": FirstSeen.Record(at: twoHoursAgo, lowerBound: false)]))
        #expect(state.sessions.firstSeen["s-ready"] == F.t0)
    }

    @Test func aSessionThatAppearsOnAWatchedPageHasAnExactAge() {
        var state = F.loaded()
        _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + 2))
        _ = F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                             .success(F.page(F.ids("s-alpha", "s-bravo", "s-charlie", "s-new"))), at: F.t0 + 2))
        #expect(!state.sessions.firstSeen.isLowerBound("s-new"))
        #expect(state.sessions.firstSeen.isLowerBound("s-alpha"))
    }

    @Test func newSessionsAreSavedAtMostEveryThirtySeconds() {
        var state = F.loaded()
        func poll(_ ids: [String], at t: Double) -> [Effect] {
            _ = F.reduce(&state, .timerFired(.poll(.sessions), F.t0 + t))
            return F.reduce(&state, .sessionsLoaded(generation: state.book[.sessions].generation, page: 1,
                                                    .success(F.page(ids.map { F.session($0) })), at: F.t0 + t))
        }
        func saves(_ e: [Effect]) -> Int { e.filter { if case .saveFirstSeen = $0 { true } else { false } }.count }
        #expect(saves(poll(["a"], at: 2)) == 0)        // the first load saved at t0
        #expect(saves(poll(["a", "b"], at: 40)) == 1)
        #expect(saves(poll(["a", "b", "c"], at: 50)) == 0)
        #expect(saves(poll(["a", "b", "c"], at: 90)) == 0)   // nothing new: nothing to save
    }
}
