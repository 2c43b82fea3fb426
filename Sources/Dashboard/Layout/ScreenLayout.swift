import TerminalUI

/// Where everything is for a state: the header, the panes, the rows each list shows, a dialog and its buttons. One
/// pure function of the state (its size included); the views draw into these rectangles and a mouse click is
/// looked up in them (`hit`), so what is clicked is what was drawn.
public struct ScreenLayout: Sendable, Equatable {
    /// The lists a row can be clicked in.
    public enum List: Sendable, Hashable {
        case sessions, problems, timeline, lobbies, users
    }

    public var header: Rect
    public var footer: Rect
    /// The panes shown (narrow: only the focused one).
    public var panes: [Pane: Rect]
    /// The lists shown, each with its rows' window.
    public var lists: [List: ListGeometry]
    /// The dialog over the panes, with its buttons (nil: none, or one without buttons).
    public var dialog: DialogGeometry?
    /// The highlighted event in full, over the detail, while the timeline is listed beside it (its row is cut).
    public var event: Rect?

    /// The layout of `state` at its size (empty when the terminal is too small to draw the dashboard).
    public init(_ state: AppState) {
        let area = Rect(width: state.width, height: state.height)
        header = Rect(x: 0, y: 0, width: area.width, height: 2)
        footer = Rect(x: 0, y: max(2, area.height - 2), width: area.width, height: 2)
        panes = [:]
        lists = [:]
        dialog = nil
        event = nil
        guard !state.isTooSmall else { return }
        let body = Rect(x: 0, y: 2, width: area.width, height: area.height - 4)
        if state.isWide {
            let split = Layout.vertical([.fill(3), .percentage(30)]).split(body)
            let top = Layout.horizontal([.fill(1), .fixed(Self.detailWidth(total: split[0].width))]).split(split[0])
            panes = [.sessions: top[0], .detail: top[1], .lobbies: split[1]]
        } else {
            panes = [state.focus: body]
        }
        if state.sessions.scope == .timeline, !state.showsLobbyDetail, let r = panes[.detail], let e = Timeline.selected(state) {
            // Half the column over a session's detail; all but the detail's note when there is no one session.
            let one = Timeline.session(of: e) != nil
            let h = TimelineEventView.height(e, width: r.width, room: one ? r.height / 2 : r.height - 3)
            let parts = Layout.vertical([.fixed(h), .fill(1)]).split(r)
            event = parts[0]
            panes[.detail] = parts[1]
        }
        if let r = panes[.sessions] { lists[Self.sessionList(state)] = Self.sessionGeometry(state, pane: r) }
        if let r = panes[.lobbies], !(state.showsLobbyDetail && panes[.detail] == nil) {
            let lobbies = state.visibleLobbies
            let selected = lobbies.firstIndex { $0.name == state.lobbyPane.selectedName }
            lists[.lobbies] = ListGeometry(table: r.inset(by: 1), count: lobbies.count, selected: selected,
                                           top: state.scrollTops[.lobbies] ?? 0)
        }
        if let r = panes[.detail], !state.showsLobbyDetail, let users = SessionDetailView.usersTable(state, pane: r) { lists[.users] = users }
        if case .confirm(let c)? = state.modal { dialog = DialogGeometry(c, in: area) }
    }

    /// The detail's width side by side with the list: 42 % of the screen, but at least what a full IPv6 address and a
    /// token need (58), and never so much that the list has under 62.
    static func detailWidth(total: Int) -> Int {
        min(max(total * 42 / 100, 58), max(0, total - 62))
    }

    /// The rows the session pane shows now (PgDn/PgUp in a view move the cursor by as many), at least 1.
    static func screenful(_ state: AppState) -> Int {
        max(1, ScreenLayout(state).lists[sessionList(state)]?.window.count ?? 1)
    }

    /// What the session pane lists: the page, or the view in its place.
    static func sessionList(_ state: AppState) -> List {
        switch state.sessions.scope {
        case .page: .sessions
        case .problems: .problems
        case .timeline: .timeline
        }
    }

    static func sessionGeometry(_ state: AppState, pane: Rect) -> ListGeometry {
        let table = pane.inset(by: 1)
        let top = state.scrollTops[sessionList(state)] ?? 0
        switch state.sessions.scope {
        case .page:
            let rows = state.listRows()
            return ListGeometry(table: table, count: rows.count, selected: state.sessions.selectedIndex(in: rows), top: top)
        case .problems:
            let all = state.fleet.problems
            return ListGeometry(table: table, count: all.count, selected: all.isEmpty ? nil : Problems.selectedIndex(state), top: top)
        case .timeline:
            let rows = state.timelineRows
            return ListGeometry(table: table, count: rows.count,
                                selected: Timeline.selectedIndex(in: rows, state), top: top)
        }
    }

    /// Each list shown keeps the first row it shows now (after the user moved, or the screen's size changed), so the
    /// next frame scrolls from there (`Screen.scrollTops`).
    public static func keepScroll(_ state: inout AppState) {
        for (list, geometry) in ScreenLayout(state).lists where state.scrollTops[list] != geometry.window.lowerBound {
            state.scrollTops[list] = geometry.window.lowerBound
        }
    }
}
