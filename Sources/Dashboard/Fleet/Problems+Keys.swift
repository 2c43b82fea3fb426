import FoundationEssentials
import TerminalUI

extension Problems: PaneView {
    static var scope: ListScope { .problems }
    static var keys: Binding.Scope { .problems }

    static func export(_ state: AppState) -> ExportRequest.Rows { .problems(ProblemExport.rows(state)) }

    static func render(_ state: AppState, theme: Theme, glyphs: GlyphSet, _ area: Rect, _ rows: ListGeometry, into buffer: inout Buffer) {
        ProblemsView(state: state, theme: theme, glyphs: glyphs, rows: rows).render(area, into: &buffer)
    }

    /// The problems view's keys (bound in the session pane and globally for `P`).
    static let bindings: [Binding] = [
        Binding([.char("P")], .global, .problems, "problems",
                "The problems view: failed, stuck and long-lived sessions of the whole fleet, lobbies in error or stuck (also `:problems`)"),
        Binding([.enter], .problems, .open, "open", "Open the row: a session's detail (the page stays), a lobby in the lobby pane"),
        Binding([.char("D")], .problems, .deleteSession, "delete", "Delete the row's session or lobby (confirm)"),
        Binding([.pageDown, .char("]")], .problems, .nextPage, "page down", "A screenful of problems down", footer: false),
        Binding([.pageUp, .char("[")], .problems, .previousPage, "page up", "A screenful of problems up", footer: false),
        Binding([.char("y")], .problems, .copy, "copy", "Copy the row's session id or lobby name"),
        Binding([.char("e")], .problems, .exportCSV, "export", "Export the problems as listed to CSV"),
        Binding([.char("E")], .problems, .exportJSON, "export json", "Export the problems as listed to JSON", footer: false),
        Binding([.char("P"), .escape], .problems, .problems, "back", "Back to the session page"),
    ]

    /// `P` or `:problems`: the session pane lists the fleet's problems (again: back to the page).
    static func toggle(_ state: inout AppState) -> [Effect] {
        // From a detail (or the lobbies) opened out of the view: back to the view, not out of it.
        if refocus(&state) { return showSelected(&state) }
        if state.sessions.scope == .problems { return SessionList.backFromView(&state) }
        guard state.config.crawlRate > 0 else {
            state.report(.info, "the problems view needs the fleet index: the crawl is off (--crawl-rate 0, page only)")
            return []
        }
        state.sessions.scope = .problems
        state.focus = .sessions
        deriveAndKeepSelection(&state)
        return showSelected(&state)
    }

    /// The detail shows the highlighted problem, as it shows the list's selection: its session, or none for a lobby.
    static func showSelected(_ state: inout AppState) -> [Effect] {
        if case .session(let id)? = selected(state)?.target { return SessionDetail.show(id, &state, fetch: .settle) }
        return SessionDetail.clear(&state)
    }

    /// Recomputes the rows and keeps the selection on the same target when it is still listed.
    static func deriveAndKeepSelection(_ state: inout AppState) {
        Fleet.deriveProblems(&state)
        let rows = state.fleet.problems
        if let sel = state.sessions.problemSelection, rows.contains(where: { $0.target == sel }) { return }
        state.sessions.problemSelection = rows.first?.target
    }

    /// After the rows were recomputed from `old`: a selected row that went gives way to its neighbour (`Neighbour`: the
    /// next row of `old` still listed, else the one before). While the view is listed and the detail is not what the user is in, the
    /// detail shows the new selection — the detail shows the list's selection, never a row that is gone.
    static func follow(_ old: [ProblemRow], _ state: inout AppState) -> [Effect] {
        let rows = state.fleet.problems
        guard let sel = state.sessions.problemSelection, !rows.contains(where: { $0.target == sel }) else { return [] }
        let i = old.firstIndex { $0.target == sel } ?? 0
        state.sessions.problemSelection = Neighbour.of(i, in: old.map(\.target), listed: rows.map(\.target))
        guard state.sessions.scope == .problems, state.focus != .detail else { return [] }
        return showSelected(&state)
    }

    /// The selected row.
    static func selected(_ state: AppState) -> ProblemRow? {
        let rows = state.fleet.problems
        return rows.first { $0.target == state.sessions.problemSelection } ?? rows.first
    }

    /// The selected row's index.
    static func selectedIndex(_ state: AppState) -> Int {
        state.fleet.problems.firstIndex { $0.target == state.sessions.problemSelection } ?? 0
    }

    /// Runs a command while the session pane lists problems (nil: not the view's, the usual handling applies).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .up, .down, .top, .bottom: return move(by: command.moveDelta!, &state)
        case .back: return toggle(&state)
        case .open:
            switch selected(state)?.target {
            case .session(let id)?:
                state.focus = .detail
                return SessionDetail.show(id, &state)
            case .lobby(let name)?:
                state.lobbyPane.selectedName = name
                state.focus = .lobbies
                return []
            case nil: return []
            }
        case .deleteSession:
            switch selected(state)?.target {
            case .session(let id)?: return MutationFlow.request(.deleteSession(id: id), &state)
            case .lobby(let name)?: return MutationFlow.request(.deleteLobby(name: name), &state)
            case nil: return Reducer.noTarget("row", &state)
            }
        case .copy:
            return selected(state).map { [.copy($0.name)] } ?? []
        case .nextPage, .previousPage: return move(by: ScreenLayout.screenful(state) * (command == .nextPage ? 1 : -1), &state)
        case .firstPage, .lastPage: return move(by: (command == .firstPage ? Command.top : .bottom).moveDelta!, &state)
        case .sort, .reverseSort:
            state.report(.info, "the problems view lists the whole fleet: P or Esc goes back to the pages")
            return []
        case .filter:
            // Search is over the fleet: back to the list with the search prompt.
            state.sessions.scope = .page
            return SessionList.run(.filter, &state)
        default:
            return nil
        }
    }

    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        guard let t = Reducer.step(state.fleet.problems, key: \.target, from: state.sessions.problemSelection, by: delta) else { return [] }
        state.sessions.problemSelection = t
        return showSelected(&state)
    }
}
