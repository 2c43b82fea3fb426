import TerminalUI

/// Marking rows: Space marks the selected row's target (and moves on, as htop's Space does), `u` clears every mark,
/// `A` in the problems view marks every row of the highlighted row's kind.
enum MarkFlow {
    static let bindings: [Binding] = [
        Binding([.char(" ")], .global, .mark, "mark", "Mark or unmark the selected row and move on; with marks, delete, revoke and terminate act on every marked row (one dialog)"),
        Binding([.char("u")], .global, .clearMarks, "unmark", "Clear every mark", footer: false),
        Binding([.char("A")], .problems, .markKind, "mark all", "Mark every row of the highlighted row's kind (all failed, all stuck…)"),
    ]

    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .mark: return toggle(&state)
        case .clearMarks:
            let n = state.marks.count
            state.marks.clear()
            state.report(.info, n == 0 ? "no marks to clear" : "cleared \(n) mark\(n == 1 ? "" : "s")")
            return []
        case .markKind: return markKind(&state)
        default: return nil
        }
    }

    /// Space: the selected row's target marked or unmarked, then the next row.
    static func toggle(_ state: inout AppState) -> [Effect] {
        if state.focus == .sessions, state.sessions.scope != .page {
            let target: Event.Target? = state.sessions.scope == .problems
                ? Problems.selected(state).map { p in if case .session(let id) = p.target { .session(id) } else { .lobby(p.name) } }
                : Timeline.selected(state)?.target
            switch target {
            case .session(let id)?: state.marks.toggle(session: id)
            case .lobby(let name)?: state.marks.toggle(lobby: name)
            case nil: return Reducer.noTarget("row", &state)
            }
        } else {
            switch state.focus {
            case .sessions:
                guard let id = SessionList.selected(state)?.sessionID else { return Reducer.noTarget("session", &state) }
                state.marks.toggle(session: id)
            case .detail:
                guard state.detail.field == nil, let s = SessionDetail.shown(state), !s.sessionUsers.isEmpty else { return Reducer.noTarget("user", &state) }
                let u = s.sessionUsers[min(state.detail.selectedUser, s.sessionUsers.count - 1)]
                guard let token = u.authorizationToken else {
                    state.report(.warning, "user \(MutationFlow.shown(u.ipAddress)) has no token yet: it cannot be revoked, so not marked")
                    return []
                }
                state.marks.toggle(user: Marks.User(sessionID: s.sessionID, token: token, ip: u.ipAddress))
            case .lobbies:
                guard let name = state.lobbyPane.selectedName else { return Reducer.noTarget("lobby", &state) }
                state.marks.toggle(lobby: name)
            }
        }
        return Reducer.move(by: 1, &state)
    }

    /// `A` in the problems view: every row of the highlighted row's kind.
    static func markKind(_ state: inout AppState) -> [Effect]? {
        guard state.sessions.scope == .problems, let kind = Problems.selected(state)?.kind else { return nil }
        let rows = state.fleet.problems.filter { $0.kind == kind }
        for r in rows {
            if case .session(let id) = r.target { state.marks.mark(session: id) } else { state.marks.mark(lobby: r.name) }
        }
        let keys = state.config.keymap.binding(.deleteSession, in: .problems)?.shortLabel ?? "D"
        state.report(.info, "marked \(rows.count) \(kind.label) (\(state.marks.count) marked; \(keys) deletes them, u clears)")
        return []
    }

    /// Marks whose target went (a session or lobby gone, a user who left, a detail answered 404) are dropped and said.
    static func prune(_ state: inout AppState) {
        guard !state.marks.isEmpty else { return }
        var sessions: Set<String> = [], lobbies: Set<String> = [], left: Set<String> = []
        for e in state.model.found {
            switch (e.kind, e.target) {
            case (.sessionGone, .session(let id)?): sessions.insert(id)
            case (.lobbyGone, .lobby(let name)?): lobbies.insert(name)
            case (.userLeft, .session(let id)?): left.insert("\(id)|\(e.detail)")
            default: break
            }
        }
        if state.detail.gone, let id = state.detail.sessionID { sessions.insert(id) }
        // The detail shows a session: its marked users no longer in it have left.
        let shown = state.detail.gone ? nil : SessionDetail.shown(state)
        let dropped = state.marks.drop(sessions: sessions, lobbies: lobbies) { u in
            left.contains("\(u.sessionID)|\(u.ip)")
                || (shown.map { $0.sessionID == u.sessionID && !$0.sessionUsers.contains { $0.authorizationToken == u.token } } ?? false)
        }
        guard !dropped.isEmpty else { return }
        let text = "mark\(dropped.count == 1 ? "" : "s") dropped, gone: " + dropped.prefix(3).map { MutationFlow.shown($0) }.joined(separator: ", ")
            + (dropped.count > 3 ? " and \(dropped.count - 3) more" : "")
        // During a bulk run the message line is its progress: said in the history.
        if state.bulk != nil { state.post(.warning, text) } else { state.report(.warning, text) }
    }
}
