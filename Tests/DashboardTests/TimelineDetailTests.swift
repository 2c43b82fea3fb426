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
        #expect(screen.contains("f0-S  error number 0") && screen.contains("f4-S  error number 4"), "\(screen)")
        #expect(screen.contains("and 4 more (y copies every id)") && screen.contains("9 sessions: Enter opens the first"), "\(screen)")
    }
}
