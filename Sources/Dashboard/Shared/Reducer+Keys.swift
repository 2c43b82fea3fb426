import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// Keys → commands (through the binding table) → the overlay, the focused pane's feature, or the root.
extension Reducer {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.modal != nil { return Dialogs.handle(key, &state) }
        // The operator's own commands (their keys never clash with a built-in one where they work: the config checks).
        if state.paused == nil, !state.isTooSmall, let c = CustomCommands.command(for: key, state) { return CustomCommands.request(c, &state) }
        // A view in the session pane's place has keys of its own (`w` in the timeline), then the pane's.
        let view = state.paneView?.keys
        guard let command = view.flatMap({ state.config.keymap.command(for: key, in: [$0]) }) ?? state.config.keymap.command(for: key, in: state.focus) else { return [] }
        if state.isTooSmall && command != .quit { return [] }
        if state.paused != nil && !Pause.allowed.contains(command) {
            let key = state.config.keymap.binding(.pause, in: .global)?.shortLabel ?? "p"
            state.report(.info, "paused: the screen is frozen (alerts still come) \u{2014} \(key) resumes")
            return []
        }
        if command.isMutating && state.config.readOnly {
            // In the words of help, not the command's internal name.
            let help = state.config.keymap.all.first { $0.command == command && $0.applies(in: state.focus) }?.help ?? command.rawValue
            let what = help.components(separatedBy: " (").first ?? help
            state.report(.warning, "read-only mode: \(what.lowercasedFirst) is disabled")
            return []
        }
        return run(command, &state)
    }

    /// Runs a pane or global command: a feature's own first, then the ones every pane shares.
    static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
        // With marks, a destructive key acts on every marked target of its kind.
        if command.isMutating, let effects = Bulk.intercept(command, &state) { return effects }
        if let effects = MarkFlow.run(command, &state) { return effects }
        if let view = state.paneView, let effects = view.run(command, &state) { return effects }
        // The focused pane's feature first: `/` and Enter mean one thing in the lobbies and another in the list.
        let features: [(Command, inout AppState) -> [Effect]?] = switch state.focus {
        case .sessions: [SessionList.run, SessionDetail.run, Lobbies.run]
        case .detail: [SessionDetail.run, SessionList.run, Lobbies.run]
        case .lobbies: [Lobbies.run, SessionList.run, SessionDetail.run]
        }
        for run in features {
            if let effects = run(command, &state) { return effects }
        }
        switch command {
        case .quit:
            // Work still on its way: its outcome would never be seen. Ask first (No is the default).
            guard let question = quitQuestion(state) else { return quit(&state) }
            state.modal = .confirm(question)
            return []
        case .help:
            state.modal = .help(scroll: 0)
        case .messages:
            state.modal = .messages(selected: nil)
        case .problems:
            return Problems.toggle(&state)
        case .timeline:
            return Timeline.toggle(&state)
        case .pin:
            return Timeline.pinSelected(&state)
        case .refresh:
            // The header's clock says when it answered; the history keeps that it was asked.
            state.post(.info, "refreshing", background: true)
            return fetchAll(&state)
        case .nextPane:
            state.focus = state.focus.next
        case .previousPane:
            state.focus = state.focus.previous
        case .back:
            if !state.sessions.filter.isEmpty && state.focus == .sessions {
                state.sessions.filter = ""
                return SessionList.selectionChanged(&state, keepChosen: true)
            } else if !state.lobbyPane.filter.isEmpty && state.focus == .lobbies {
                Lobbies.filtered("", &state)
            } else if state.focus != .sessions {
                state.focus = .sessions
            } else {
                state.dismissMessage()   // the outcome is seen
            }
        case .up, .down, .top, .bottom: return move(by: command.moveDelta!, &state)
        case .jump:
            state.modal = .prompt(Prompt(purpose: .jump, label: "session id or its start · page N · problems · events · pin ID · audit · profile NAME"))
        case .pause:
            return Pause.toggle(&state)
        case .toggleMouse:
            state.mouse.toggle()
            state.lastClick = nil
            state.report(.info, state.mouse ? "mouse on: Shift-drag selects text; click, double-click, wheel"
                                            : "mouse off: the terminal selects text again")
        case .cycleTheme:
            state.themeIndex += 1
            if !state.themeNames.isEmpty {
                state.report(.info, "theme: \(state.themeNames[state.themeIndex % state.themeNames.count])")
            }
        case .copy:
            let text: String? = switch state.focus {
            case .sessions: state.sessions.selectedID
            case .detail: SessionDetail.copyTarget(state)
            case .lobbies: Lobbies.copyTarget(state)
            }
            if let text { return [.copy(text)] }
        case .exportCSV, .exportJSON:
            let format: ExportRequest.Format = command == .exportCSV ? .csv : .json
            let rows: ExportRequest.Rows = if let view = state.paneView {
                view.export(state)
            } else if state.focus == .lobbies {
                .lobbies(state.visibleLobbies)
            } else if state.searchesFleet {
                .fleetSearch(state.listRows().map { FleetHit(page: state.page(of: $0.sessionID) ?? 0, session: $0) })
            } else {
                .sessions(state.listRows())
            }
            return [.export(ExportRequest(rows: rows, format: format))]
        default:
            break
        }
        return []
    }

    /// The question `q` asks while work is under way — mutations in flight, a bulk action midway, commands running
    /// (nil when none is).
    static func quitQuestion(_ state: AppState) -> Confirmation? {
        let n = state.pending.count + state.elsewhere.count
        let others = [Bulk.unsentLine(state), CustomCommands.runningLine(state)].compactMap { $0 }
        if n == 0, !others.isEmpty {
            return Confirmation(subject: .quit(inFlight: 0), title: "Quit RelayDeck?", lines: others + ["Quit anyway?"])
        }
        guard n > 0 else { return nil }
        // Which ones, so the operator knows what to check afterwards.
        let names = state.pending.values.map { "\($0.verb) \(MutationFlow.shown($0.target))" }.sorted()
            + state.elsewhere.keys.map { "\($0.kind.rawValue) on \(MutationFlow.shown(state.elsewhere[$0] ?? ""))" }.sorted()
        return Confirmation(subject: .quit(inFlight: n), title: "Quit RelayDeck?",
                            lines: ["\(n) action\(n == 1 ? "" : "s") still in flight — quit anyway?",
                                    names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", \u{2026}" : ""),
                                    "Its outcome will be unknown: check before doing it again."] + others)
    }

    /// An answer arrived while the quit question is open: it follows what is still in flight, and closes when nothing
    /// is (the outcome just reported stays in the message line).
    static func followQuitQuestion(_ state: inout AppState) {
        guard case .confirm(let open)? = state.modal, case .quit = open.subject else { return }
        guard var question = quitQuestion(state) else {
            state.modal = nil
            return
        }
        question.confirmFocused = open.confirmFocused
        state.modal = .confirm(question)
    }

    /// Quits for `reason`: every request and timer stops, and what is still in flight is written off (see `Effect.quit`).
    static func quit(_ state: inout AppState, _ reason: ExitReason = .quit) -> [Effect] {
        state.quitting = true
        // A bulk run midway: what was not sent is said in the log (what was sent is audited, answered or not).
        let unsent: [Effect] = state.bulk.map { run in run.queue.isEmpty ? [] : [.log(.warning, "bulk \(run.verb): quit at \(run.progress); \(run.queue.count) not sent")] } ?? []
        return unsent + FirstSeen.save(&state) + [.quit(reason)]
    }

    /// Moves the focused pane's selection.
    static func move(by delta: Int, _ state: inout AppState) -> [Effect] {
        if let view = state.paneView { return view.move(by: delta, &state) }
        return switch state.focus {
        case .sessions: SessionList.move(by: delta, &state)
        case .detail: SessionDetail.move(by: delta, &state)
        case .lobbies: Lobbies.move(by: delta, &state)
        }
    }

    static func noTarget(_ what: String, _ state: inout AppState) -> [Effect] {
        state.report(.warning, "no \(what) selected")
        return []
    }

    /// The key of the row `delta` rows from the one keyed `selected` in `rows` (from the first when it is not among
    /// them); nil when there are no rows. The one cursor rule of the lists that select by identity.
    static func step<T, K: Equatable>(_ rows: [T], key: (T) -> K, from selected: K?, by delta: Int) -> K? {
        guard !rows.isEmpty else { return nil }
        let at = rows.firstIndex { key($0) == selected } ?? 0
        return key(rows[clamp(at, delta, rows.count)])
    }

    /// `i` moved by `delta` within `0..<count` (saturating, so Home/End can pass huge deltas).
    static func clamp(_ i: Int, _ delta: Int, _ count: Int) -> Int {
        let (sum, overflow) = i.addingReportingOverflow(delta)
        let v = overflow ? (delta > 0 ? count - 1 : 0) : sum
        return max(0, min(count - 1, v))
    }
}
