import FoundationEssentials
import TerminalUI

/// The timeline in the session pane's place: the model's events, newest first; opening it marks them seen.
enum Timeline: PaneView {
    static var scope: ListScope { .timeline }
    static var keys: Binding.Scope { .timeline }

    static func export(_ state: AppState) -> ExportRequest.Rows { .events(state.timelineRows, profile: state.config.environment) }

    static func render(_ state: AppState, theme: Theme, glyphs: GlyphSet, _ area: Rect, _ rows: ListGeometry, into buffer: inout Buffer) {
        TimelineView(state: state, theme: theme, glyphs: glyphs, rows: rows).render(area, into: &buffer)
    }

    /// `!` or `:events`: the session pane lists the events (again: back to the page).
    static func toggle(_ state: inout AppState) -> [Effect] {
        if refocus(&state) { return [] }
        if state.sessions.scope == .timeline { return SessionList.backFromView(&state) }
        state.sessions.scope = .timeline
        state.focus = .sessions
        // The newest, held: events that come later are listed above it, and the highlight stays on this one.
        state.timeline.selected = state.timelineRows.first?.number
        state.model.events.markSeen()
        return Alerts.title(state) + showSelected(&state)
    }

    /// The detail shows the highlighted event's session, as it shows the list's selection (the problems view alike);
    /// none for an event about a lobby, several targets or none (the event box over it says what it is).
    static func showSelected(_ state: inout AppState) -> [Effect] {
        if let id = session(of: selected(state)) { return SessionDetail.show(id, &state, fetch: .settle) }
        return SessionDetail.clear(&state)
    }

    /// The one session an event is about (a burst of users on one session too), or nil.
    static func session(of e: Event?) -> String? {
        guard let targets = e?.targets, Set(targets).count == 1, case .session(let id)? = targets.first else { return nil }
        return id
    }

    /// After events were added or dropped: the highlight is held on the event it shows (one that left the log gives
    /// way to its neighbour, which the detail then shows), so it never floats onto the newest.
    static func eventsChanged(_ state: inout AppState) -> [Effect] {
        guard state.sessions.scope == .timeline, let shown = selected(state), shown.number != state.timeline.selected else { return [] }
        return holdSelected(&state)
    }

    /// The open key's label, for what the timeline says (the keymap may have moved it).
    static func openKey(_ state: AppState) -> String {
        state.config.keymap.binding(.open, in: .timeline)?.shortLabel ?? "Enter"
    }

    /// What the detail says while the timeline is listed and the highlighted event is about no one session.
    static func detailNote(_ state: AppState) -> String? {
        guard state.sessions.scope == .timeline, let e = selected(state) else { return nil }
        let open = openKey(state)
        if Set(e.targets).count > 1 {
            let what = if case .lobby? = e.targets.first { "lobbies" } else { "sessions" }
            return "\(Set(e.targets).count) \(what): \(open) opens the first"
        }
        switch e.targets.first {
        case .lobby?: return "a lobby's event: \(open) opens it in the lobby pane"
        case .session?: return nil
        case nil: return "about no one session or lobby"
        }
    }

    /// `/` in the timeline, as typed or submitted: the events listed change, and the detail follows the highlight.
    static func filtered(_ text: String, _ state: inout AppState) -> [Effect] {
        state.timeline.filter = text
        return holdSelected(&state)
    }

    /// After the events listed changed under the cursor (`w`, a filter, the log): the highlight is held on the event it
    /// is on now (`selected`: the one it was on, else its nearest older neighbour), so newer events are listed above it
    /// rather than take its place; the detail shows it.
    static func holdSelected(_ state: inout AppState) -> [Effect] {
        state.timeline.selected = selected(state)?.number
        return showSelected(&state)
    }

    /// The selected event: the one held, else (it is no longer listed: filtered out, or the oldest dropped from the
    /// log) the nearest older one listed, else the oldest; the newest when none is held.
    static func selected(_ state: AppState) -> Event? {
        let rows = state.timelineRows
        return selectedIndex(in: rows, state).map { rows[$0] }
    }

    /// Where `selected` is in `rows` (the timeline's rows, newest first), computed once for a layout.
    static func selectedIndex(in rows: [Event], _ state: AppState) -> Int? {
        guard !rows.isEmpty else { return nil }
        guard let held = state.timeline.selected else { return 0 }
        return rows.firstIndex { $0.number <= held } ?? rows.count - 1
    }

    /// Runs a command while the session pane lists the timeline (nil: not the view's).
    static func run(_ command: Command, _ state: inout AppState) -> [Effect]? {
        switch command {
        case .up, .down, .top, .bottom: return move(by: command.moveDelta!, &state)
        case .nextPage, .previousPage: return move(by: ScreenLayout.screenful(state) * (command == .nextPage ? 1 : -1), &state)
        case .firstPage, .lastPage: return move(by: (command == .firstPage ? Command.top : .bottom).moveDelta!, &state)
        // Esc clears the filter first, as in the session list.
        case .back where !state.timeline.filter.isEmpty: return filtered("", &state)
        case .back, .timeline: return toggle(&state)
        case .warningsOnly:
            state.timeline.warningsOnly.toggle()
            state.report(.info, state.timeline.warningsOnly ? "timeline: warnings and problems only" : "timeline: every event")
            return holdSelected(&state)
        case .filter:
            state.modal = .prompt(Prompt(purpose: .timelineFilter, label: "filter events: kind, target, detail", text: state.timeline.filter))
            return []
        case .open:
            // A coalesced line opens its first target.
            switch selected(state)?.targets.first {
            case .session(let id)? where state.detail.sessionID == id && state.detail.gone:
                // Gone: the page has nothing to turn to (a jump there would put another session in its place).
                state.report(.info, "session \(UntrustedText.clean(id, limit: 40)) is gone")
                return []
            case .session(let id)?:
                state.sessions.scope = .page
                return SessionList.go(to: id, &state)
            case .lobby(let name)?:
                state.lobbyPane.selectedName = name
                state.focus = .lobbies
                return []
            case nil:
                state.report(.info, "this event is about no one session or lobby")
                return []
            }
        case .pin:
            guard let e = selected(state), let target = e.targets.first else { return Reducer.noTarget("session or lobby", &state) }
            // A burst stands for many: pinning its first one unasked would pin a session nobody chose.
            guard Set(e.targets).count == 1 else {
                state.report(.info, "this line stands for \(Set(e.targets).count): \(openKey(state)) opens the first, to pin it there")
                return []
            }
            return pin(target, &state)
        case .copy:
            // A coalesced line copies the ids it stands for (one a line), for a script; a single one its summary.
            guard let e = selected(state) else { return [] }
            return [.copy(e.members.isEmpty ? e.summary : e.members.map(\.target.name).joined(separator: "\n"))]
        case .sort, .reverseSort:
            state.report(.info, "the timeline lists every event kept, newest first: ! or Esc goes back to the pages")
            return []
        case _ where command.isMutating:
            // Never the session hidden under the timeline: acting goes through the event's target (or marks).
            let open = openKey(state)
            state.report(.info, "the timeline lists events: \(open) opens the event's session or lobby, where it can be acted on (or mark rows with Space)")
            return []
        default:
            return nil
        }
    }

    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        if let n = Reducer.step(state.timelineRows, key: \.number, from: state.timeline.selected, by: delta) { state.timeline.selected = n }
        return showSelected(&state)
    }

    /// `*` outside the timeline: the session the detail shows (or the list's selection), or the selected lobby.
    static func pinSelected(_ state: inout AppState) -> [Effect] {
        let target: Event.Target? = switch state.focus {
        case .lobbies: state.lobbyPane.selectedName.map { .lobby($0) }
        case .detail: state.detail.sessionID.map { .session($0) }
        case .sessions: state.sessions.scope == .problems ? Problems.selected(state).map { p in
            switch p.target { case .session(let id): .session(id); case .lobby(let n): .lobby(n) } }
            : state.sessions.selectedID.map { .session($0) }
        }
        guard let target else { return Reducer.noTarget("session or lobby", &state) }
        return pin(target, &state)
    }

    /// Pins `target` (every change of it alerts), or unpins it when it is pinned.
    static func pin(_ target: Event.Target, _ state: inout AppState) -> [Effect] {
        let name = target.name
        let what = if case .lobby = target { "lobby \(UntrustedText.clean(name, limit: 40))" } else { UntrustedText.clean(name, limit: 40) }
        if let i = state.model.pins.firstIndex(of: target) {
            state.model.pins.remove(at: i)
            state.report(.info, "unpinned \(what)")
        } else {
            state.model.pins.append(target)
            state.report(.success, "pinned \(what): its every change alerts")
        }
        return []
    }
}
