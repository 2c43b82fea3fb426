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

    @Test func vanishedSelectionMovesToTheSameIndex() {
        var state = F.loaded()
        _ = F.press(&state, .char("j"))
        refresh(&state, ["s-alpha", "s-charlie", "s-delta"])
        #expect(state.sessions.selectedID == "s-charlie")
        #expect(state.detail.sessionID == "s-charlie")
        // The last row vanishing clamps to the new last row.
        _ = F.press(&state, .char("G"))
        refresh(&state, ["s-alpha"])
        #expect(state.sessions.selectedID == "s-alpha")
    }

    @Test func emptyPageClearsTheSelection() {
        var state = F.loaded()
        refresh(&state, [])
        #expect(state.sessions.selectedID == nil)
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

    @Test func enterKeepsTheFilterAndEscInTheListClearsIt() {
        var state = F.loaded()
        _ = F.press(&state, .char("/"))
        F.type(&state, "ALPHA")
        _ = F.press(&state, .enter)
        #expect(state.modal == nil)
        #expect(state.sessions.visibleRows().map(\.sessionID) == ["s-alpha"])
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
