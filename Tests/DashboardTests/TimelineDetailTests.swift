@testable import Dashboard
import DashboardTestSupport
import EdgegapAPI
import Foundation
import Testing

/// The timeline beside the detail: the detail shows the highlighted event's session (as it shows the list's and the
/// problems view's selection), the highlight stays on its event while new ones come, and the event box over the
/// detail says the whole event where the list's DETAIL column is cut (a user trial at 120 columns: `De…`, `ht…`).
@Suite struct TimelineDetailTests {
    typealias F = Fixtures
    typealias S = FleetSweepTests
    typealias E = EventsTests

    /// A dashboard on page [a-S, b-S, c-S] (a-S selected) whose crawl then saw b-S fail with `error` and d-S appear.
    static func withEvents(error: String = "No relay available") -> (AppState, Date) {
        var (state, t) = E.seen([F.session("a-S"), F.session("b-S"), F.session("c-S")])
        SelectionTrustTests.answerPage(&state, [F.session("a-S"), F.session("b-S"), F.session("c-S")], at: t)
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        S.answer(&state, [F.session("a-S"), E.failed("b-S", error), F.session("c-S"), F.session("d-S")], page: 1, of: 1, at: t + 1)
        return (state, t + 1)
    }

    /// The session the highlighted event is about alone, or nil.
    static func eventSession(_ state: AppState) -> String? {
        guard let e = Timeline.selected(state), e.members.isEmpty, case .session(let id)? = e.target else { return nil }
        return id
    }

    @Test func theDetailShowsTheHighlightedEventsSessionAsTheCursorMoves() {
        var (state, _) = Self.withEvents()
        #expect(state.detail.sessionID == "a-S")
        _ = F.press(&state, .char("!"))
        let kinds = state.timelineRows.map(\.kind)
        #expect(kinds.contains(.sessionFailed) && kinds.contains(.sessionAppeared) && kinds.last == .fleetSeen, "\(kinds)")
        var seen: [String?] = []
        for _ in kinds.indices {
            #expect(state.detail.sessionID == Self.eventSession(state), "\(String(describing: Timeline.selected(state)))")
            seen.append(state.detail.sessionID)
            _ = F.press(&state, .char("j"))
        }
        // Each session event showed its own session; the fleet's first look (no one session) shows none.
        #expect(seen.contains("b-S") && seen.contains("d-S") && seen.last == .some(nil), "\(seen)")
        // Back to the page: the detail shows the page's selection again.
        _ = F.press(&state, .char("!"))
        #expect(state.sessions.scope == .page && state.detail.sessionID == "a-S")
    }

    @Test func aNewEventIsListedAboveAndTheHighlightStaysOnItsEvent() {
        var (state, t) = Self.withEvents()
        _ = F.press(&state, .char("!"))
        _ = F.press(&state, .char("j"))
        let held = state.timeline.selected
        let shown = state.detail.sessionID
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t + 1))
        S.answer(&state, [F.session("a-S"), E.failed("b-S"), F.session("c-S"), F.session("d-S"), F.session("e-S")],
                 page: 1, of: 1, at: t + 2)
        #expect(state.timelineRows.first?.target == .session("e-S"))
        #expect(state.timeline.selected == held && state.detail.sessionID == shown)
    }

    @Test func theEventBoxSaysTheWholeDetailAt120Columns() {
        let error = "Relay allocation failed in region eu-west after three attempts; the last relay refused the "
            + "session because its capacity was reached (code 4471, trace ZZEND)"
        var (state, _) = Self.withEvents(error: error)
        _ = F.press(&state, .char("!"))
        while Timeline.selected(state)?.kind != .sessionFailed { _ = F.press(&state, .char("j")) }
        let screen = TrustScreenTests.render(state, 120, 40)
        #expect(screen.contains("Event · "), "\(screen)")
        #expect(screen.contains("session-failed  b-S"), "\(screen)")
        // The whole error, wrapped in the box (the DETAIL column shows a few characters of it).
        #expect(screen.contains("trace ZZEND)"), "\(screen)")
        #expect(screen.contains("Session b-S"), "\(screen)")
        // The layout the mouse uses agrees: the box sits over the detail pane.
        let layout = ScreenLayout(state)
        let box = try! #require(layout.event), detail = try! #require(layout.panes[.detail])
        #expect(box.x == detail.x && box.maxY == detail.y && box.width == detail.width)
    }

    @Test func aBurstListsItsSessionsEachWithItsOwnError() {
        let fleet = (0..<9).map { F.session("f\($0)-S") }
        var (state, t) = E.seen(fleet)
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        S.answer(&state, (0..<9).map { E.failed("f\($0)-S", "error number \($0)") }, page: 1, of: 1, at: t + 1)
        _ = F.press(&state, .char("!"))
        #expect(Timeline.selected(state)?.count == 9)
        #expect(state.detail.sessionID == nil)
        let screen = TrustScreenTests.render(state, 120, 40)
        #expect(screen.contains("session-failed ×9"), "\(screen)")
        // No one session to show under it: the box takes the column but the detail's note, and all nine fit.
        #expect((0..<9).allSatisfy { screen.contains("f\($0)-S  error number \($0)") }, "\(screen)")
        #expect(screen.contains("9 sessions: Enter opens the first") && !screen.contains("more (y copies"), "\(screen)")
        // Thirty do not: as many as fit, then how many more.
        var (big, t2) = E.seen((0..<30).map { F.session("g\($0)-S") })
        _ = F.reduce(&big, .timerFired(.poll(.fleet), t2))
        S.answer(&big, (0..<30).map { E.failed("g\($0)-S") }, page: 1, of: 1, at: t2 + 1)
        _ = F.press(&big, .char("!"))
        let tall = TrustScreenTests.render(big, 120, 40)
        #expect(tall.contains("g0-S  No relay available") && tall.contains("more (y copies every id)"), "\(tall)")
    }

    // From the user trial of the event box.

    @Test func anEventsSessionThatIsGoneStaysShownGoneNeverAnotherInItsPlace() {
        var (state, t) = Self.withEvents()
        // d-S appeared, then went: two sweeps without it take it out of the index (the trial: sessions deleted since).
        t = S.sweep(&state, [[F.session("a-S"), E.failed("b-S"), F.session("c-S")]], from: t + 20)
        t = S.sweep(&state, [[F.session("a-S"), E.failed("b-S"), F.session("c-S")]], from: t + 20)
        #expect(state.fleet.index.records.session("d-S") == nil)
        _ = F.press(&state, .char("!"))
        while !(Self.eventSession(state) == "d-S" && Timeline.selected(state)?.kind == .sessionAppeared) { _ = F.press(&state, .char("j")) }
        #expect(state.detail.sessionID == "d-S")
        _ = Reducer.fetch(.detail, &state, force: true)
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "d-S",
                                            .failure(.notFound(message: nil)), at: t + 1))
        // Said gone, and still d-S: not the page's selection put back as after a jump to an id that never was.
        #expect(state.detail.sessionID == "d-S" && state.detail.gone)
        #expect(!state.messages.contains { $0.text.contains("no session matches") || $0.text.contains("in its place") })
        // Enter has no page to turn to: it says gone (it jumped, failed, and put the page's selection back).
        _ = F.press(&state, .enter)
        #expect(state.sessions.scope == .timeline && state.detail.sessionID == "d-S" && state.messageLine?.text == "session d-S is gone")
        // Nothing to delete there: D from the detail names no other session.
        _ = F.press(&state, .tab)
        _ = F.press(&state, .char("D"))
        #expect(state.modal == nil)
    }

    @Test func wOrAFilterHoldTheHighlightWhereItLandsAsNewEventsCome() {
        var (state, t) = Self.withEvents()
        // On d-S's appearance, then warnings only: it is not listed, the highlight lands on b-S's failure and stays.
        _ = F.press(&state, .char("!"))
        while Timeline.selected(state)?.kind != .sessionAppeared { _ = F.press(&state, .char("j")) }
        _ = F.press(&state, .char("w"))
        let held = Timeline.selected(state)
        #expect(held?.kind == .sessionFailed)
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t + 1))
        S.answer(&state, [F.session("a-S"), E.failed("b-S"), E.failed("c-S"), F.session("d-S")], page: 1, of: 1, at: t + 2)
        #expect(state.timelineRows.first?.target == .session("c-S") && Timeline.selected(state) == held)
        // Esc clears the filter first, then leaves.
        _ = F.press(&state, .char("/"), .char("c"), .char("-"), .enter)
        #expect(state.timeline.filter == "c-" && state.timelineRows.allSatisfy { $0.target == .session("c-S") })
        _ = F.press(&state, .escape)
        #expect(state.sessions.scope == .timeline && state.timeline.filter.isEmpty)
        _ = F.press(&state, .escape)
        #expect(state.sessions.scope == .page)
    }

    @Test func pgDnAndPgUpMoveAScreenfulInTheTimeline() {
        var (state, t) = E.seen([F.session("a-S")])
        for i in 0..<40 {
            _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
            t += 1
            S.answer(&state, [F.session("a-S")] + (0...i).map { F.session("n\($0)-S") }, page: 1, of: 1, at: t)
        }
        _ = F.press(&state, .char("!"))
        let rows = state.timelineRows, page = ScreenLayout(state).lists[.timeline]!.window.count
        #expect(rows.count > page && page > 5)
        _ = F.press(&state, .pageDown)
        #expect(Timeline.selected(state)?.number == rows[page].number)
        _ = F.press(&state, .pageUp)
        #expect(Timeline.selected(state)?.number == rows[0].number)
    }

    @Test func aBurstOfUsersNamesEachSessionOnceAndACopiedBurstIsCounted() {
        let joined = ["a-S", "a-S", "a-S", "b-S", "a-S"].enumerated().map { i, id in
            Event(at: F.t0, kind: .userJoined, target: .session(id), detail: "192.0.2.\(i)")
        }
        let merged = EventLog.coalesced(joined)
        #expect(merged.count == 1 && merged[0].detail == "5 users on 2 sessions: a-S, b-S", "\(merged)")
        #expect(EventLog.coalesced(Array(joined.prefix(4)) .map { var e = $0; e.target = .session("a-S"); return e }
            + [joined[4]])[0].detail == "5 users on 1 session: a-S")
        // y on a burst copies its ids one a line: the message line counts them (a newline would show as ^J).
        let words = CopyReceipt(text: "a-S\nb-S\nc-S").words
        #expect(words == "copied 3 lines (a-S, …): sent to the terminal clipboard (OSC 52)", "\(words)")
    }

    @Test func narrowTheBoxComesWithTheDetailAndABurstIsNotPinnedUnasked() {
        var (state, _) = Self.withEvents(error: "the whole error ends here ZZEND")
        _ = F.reduce(&state, .resize(width: 80, height: 24))
        _ = F.press(&state, .char("!"))
        while Timeline.selected(state)?.kind != .sessionFailed { _ = F.press(&state, .char("j")) }
        #expect(!TrustScreenTests.render(state, 80, 24).contains("Event · "))
        _ = F.press(&state, .tab)
        let screen = TrustScreenTests.render(state, 80, 24)
        #expect(screen.contains("Event · ") && screen.contains("ZZEND") && screen.contains("Session b-S"), "\(screen)")
        // `*` on a burst: nothing pinned, and why.
        var (burst, t) = E.seen((0..<9).map { F.session("f\($0)-S") })
        _ = F.reduce(&burst, .timerFired(.poll(.fleet), t))
        S.answer(&burst, (0..<9).map { E.failed("f\($0)-S") }, page: 1, of: 1, at: t + 1)
        _ = F.press(&burst, .char("!"), .char("*"))
        #expect(burst.model.pins.isEmpty && burst.messageLine?.text.hasPrefix("this line stands for 9") == true)
    }

    @Test func theOldestDroppedFromTheLogGivesWayToItsNeighbourAndTheDetailFollows() {
        var (state, t) = E.seen([F.session("a-S"), F.session("b-S"), F.session("c-S")])
        state.model.events = EventLog(capacity: 3)
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        S.answer(&state, [F.session("a-S"), E.failed("b-S"), F.session("c-S"), F.session("d-S")], page: 1, of: 1, at: t + 1)
        _ = F.press(&state, .char("!"), .end)
        let oldest = Timeline.selected(state)
        #expect(oldest == state.timelineRows.last && state.detail.sessionID == Self.eventSession(state))
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t + 2))
        S.answer(&state, [F.session("a-S"), E.failed("b-S"), E.failed("c-S"), F.session("d-S"), F.session("e-S")],
                 page: 1, of: 1, at: t + 3)
        // It left the log: the oldest listed takes its place (not the newest), and the detail shows that one.
        #expect(!state.timelineRows.contains(oldest!) && Timeline.selected(state) == state.timelineRows.last)
        #expect(state.timeline.selected == state.timelineRows.last?.number && state.detail.sessionID == Self.eventSession(state))
    }

    @Test func backOnThePageASelectionThatLeftItMeanwhileIsSaid() {
        var (state, t) = Self.withEvents()
        #expect(state.sessions.selectedID == "a-S")
        _ = F.press(&state, .char("!"))
        SelectionTrustTests.answerPage(&state, [E.failed("b-S"), F.session("c-S")], at: t + 1)
        _ = F.press(&state, .char("!"))
        #expect(state.sessions.scope == .page && state.sessions.selectedID == "b-S" && state.detail.sessionID == "b-S")
        #expect(state.messageLine?.text == "session a-S is no longer on this page; b-S, its first row, is selected")
    }

    @Test func inTheProblemsViewAGoneSessionGivesWayAndItsNeighbourIsNotCalledGone() {
        var (state, t) = E.seen([F.session("a-S"), F.session("x-S"), F.session("n-S")])
        _ = F.reduce(&state, .timerFired(.poll(.fleet), t))
        S.answer(&state, [F.session("a-S"), E.failed("x-S"), E.failed("n-S")], page: 1, of: 1, at: t + 1)
        _ = F.press(&state, .char("P"))
        while state.detail.sessionID != "x-S" { _ = F.press(&state, .char("j")) }
        _ = Reducer.fetch(.detail, &state, force: true)
        _ = F.reduce(&state, .sessionLoaded(generation: state.book[.detail].generation, id: "x-S",
                                            .failure(.notFound(message: nil)), at: t + 2))
        // x-S left the view; the highlight and the detail are on n-S, which is alive.
        #expect(Problems.selected(state)?.name == "n-S" && state.detail.sessionID == "n-S" && !state.detail.gone)
    }
}
