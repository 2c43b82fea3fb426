import EdgegapAPI
import Foundation
import TerminalUI

/// Keys → commands (through the binding table) → state changes and effects.
enum KeyHandling {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.modal != nil { return ModalHandling.handle(key, &state) }
        if key == .ctrl("c") { return run(.quit, &state) }
        if state.isTooSmall && key != .char("q") { return [] }
        guard let command = Bindings.command(for: key, in: state.focus) else { return [] }
        if command.isMutating && state.config.readOnly {
            state.post(.warning, "read-only mode: \(command.rawValue) is disabled")
            return []
        }
        return run(command, &state)
    }

    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            state.quitting = true
            return [.quit]
        case .help:
            state.modal = .help(scroll: 0)
        case .messages:
            state.modal = .messages(scroll: 0)
        case .refresh:
            state.post(.info, "refreshing")
            return Reducer.fetchSessions(&state) + Reducer.fetchDetail(&state) + Reducer.fetchLobbies(&state)
        case .nextPane:
            state.focus = state.focus.next
        case .previousPane:
            state.focus = state.focus.previous
        case .back:
            if !state.sessions.filter.isEmpty && state.focus == .sessions {
                state.sessions.filter = ""
            } else if state.focus != .sessions {
                state.focus = .sessions
            }
        case .up: return move(by: -1, &state)
        case .down: return move(by: 1, &state)
        case .pageUp: return move(by: -10, &state)
        case .pageDown: return move(by: 10, &state)
        case .top: return move(by: Int.min / 2, &state)
        case .bottom: return move(by: Int.max / 2, &state)
        case .nextPage:
            guard let p = state.sessions.feed.value?.pagination else { return [] }
            guard p.hasNext || state.sessions.page < p.paginator.numPages else {
                state.post(.info, "already on the last page")
                return []
            }
            state.sessions.page += 1
            return Reducer.fetchSessions(&state, force: true)
        case .previousPage:
            guard state.sessions.page > 1 else { return [] }
            state.sessions.page -= 1
            return Reducer.fetchSessions(&state, force: true)
        case .open:
            guard state.sessions.selectedID != nil else { return [] }
            Reducer.followSelection(&state)
            state.focus = .detail
            return Reducer.fetchDetail(&state)
        case .filter:
            state.modal = .prompt(Prompt(purpose: .filter, label: "filter", text: state.sessions.filter))
        case .jump:
            state.modal = .prompt(Prompt(purpose: .jump, label: "session id · audit · profile NAME"))
        case .sort:
            state.sessions.sort.key = state.sessions.sort.key.next
        case .reverseSort:
            state.sessions.sort.descending.toggle()
        case .cycleTheme:
            state.themeIndex += 1
        case .copy:
            if let text = copyTarget(state) { return [.copy(text)] }
        case .exportCSV, .exportJSON:
            let format: ExportRequest.Format = command == .exportCSV ? .csv : .json
            switch state.focus {
            case .lobbies: return [.export(ExportRequest(rows: .lobbies(state.lobbies.feed.value ?? []), format: format))]
            case .sessions, .detail: return [.export(ExportRequest(rows: .sessions(state.sessions.visibleRows()), format: format))]
            }
        case .createSession:
            state.modal = .createSession(SessionForm())
        case .deleteSession:
            guard let id = targetSessionID(state) else { return noTarget("session", &state) }
            return MutationFlow.request(.deleteSession(id: id), &state)
        case .authorizeUser:
            guard let id = targetSessionID(state) else { return noTarget("session", &state) }
            state.modal = .prompt(Prompt(purpose: .authorizeUser(sessionID: id), label: "user IP to authorize"))
        case .revokeUser:
            guard let s = shownSession(state), !s.sessionUsers.isEmpty else { return noTarget("user", &state) }
            let user = s.sessionUsers[min(state.detail.selectedUser, s.sessionUsers.count - 1)]
            guard let token = user.authorizationToken else {
                state.post(.warning, "that user has no token yet (session not ready)")
                return []
            }
            return MutationFlow.request(.revokeUser(sessionID: s.sessionID, token: token, ip: user.ipAddress), &state)
        case .createLobby:
            state.modal = .prompt(Prompt(purpose: .createLobby, label: "new lobby name"))
        case .deployLobby:
            guard let n = state.lobbies.selectedName else { return noTarget("lobby", &state) }
            return MutationFlow.request(.deployLobby(name: n), &state)
        case .terminateLobby:
            guard let n = state.lobbies.selectedName else { return noTarget("lobby", &state) }
            return MutationFlow.request(.terminateLobby(name: n), &state)
        case .deleteLobby:
            guard let n = state.lobbies.selectedName else { return noTarget("lobby", &state) }
            return MutationFlow.request(.deleteLobby(name: n), &state)
        }
        return []
    }

    static func noTarget(_ what: String, _ state: inout AppState) -> [Effect] {
        state.post(.warning, "no \(what) selected")
        return []
    }

    /// The session an action applies to: the detail's in the detail pane, else the list selection.
    static func targetSessionID(_ state: AppState) -> String? {
        if state.focus == .detail, let id = state.detail.sessionID, !state.detail.gone { return id }
        return state.sessions.selected(in: state.sessions.visibleRows())?.sessionID
    }

    /// The session the detail pane shows: its own fetch, or the list's copy until that arrives.
    static func shownSession(_ state: AppState) -> RelaySession? {
        guard let id = state.detail.sessionID else { return nil }
        if let s = state.detail.feed.value, s.sessionID == id { return s }
        return state.sessions.feed.value?.sessions.first { $0.sessionID == id }
    }

    static func copyTarget(_ state: AppState) -> String? {
        switch state.focus {
        case .sessions: return state.sessions.selected(in: state.sessions.visibleRows())?.sessionID
        case .detail:
            guard let s = shownSession(state) else { return nil }
            return s.relay?.ports?.client?.link ?? s.sessionID
        case .lobbies:
            guard let n = state.lobbies.selectedName, let l = state.lobbies.feed.value?.first(where: { $0.name == n }) else { return nil }
            return l.url.isEmpty ? l.name : l.url
        }
    }

    /// Moves the selection of the focused pane; a new session selection fetches its detail shortly
    /// (the timer is replaced on every move, so holding j sends one request, not one a row).
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .sessions:
            let rows = state.sessions.visibleRows()
            guard !rows.isEmpty else { return [] }
            let i = clamp(state.sessions.selectedIndex(in: rows), delta, rows.count)
            let before = state.detail.sessionID
            state.sessions.selectedID = rows[i].sessionID
            Reducer.followSelection(&state)
            guard before != state.detail.sessionID else { return [] }
            // On the page: the detail shows at once, from the page. Otherwise fetch once the cursor settles.
            return Reducer.rideOnPage(&state) ? [.cancelTimer(.pollDetail)] : [.schedule(.pollDetail, seconds: 0.25)]
        case .detail:
            let n = shownSession(state)?.sessionUsers.count ?? 0
            guard n > 0 else { return [] }
            state.detail.selectedUser = clamp(state.detail.selectedUser, delta, n)
        case .lobbies:
            guard let lobbies = state.lobbies.feed.value, !lobbies.isEmpty else { return [] }
            let cur = lobbies.firstIndex { $0.name == state.lobbies.selectedName } ?? 0
            state.lobbies.selectedName = lobbies[clamp(cur, delta, lobbies.count)].name
        }
        return []
    }

    static func clamp(_ i: Int, _ delta: Int, _ count: Int) -> Int {
        let (sum, overflow) = i.addingReportingOverflow(delta)
        let v = overflow ? (delta > 0 ? count - 1 : 0) : sum
        return max(0, min(count - 1, v))
    }
}
