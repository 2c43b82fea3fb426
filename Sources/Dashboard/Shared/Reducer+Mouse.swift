import TerminalUI

extension Reducer {
    /// A mouse report, looked up in the layout the screen was drawn with: a click selects a row and focuses its pane,
    /// a second click on it opens it, the wheel moves the selection of the pane under the pointer, a click on a
    /// dialog's button presses it. Nothing destructive happens on a click: a mutation still needs its dialog.
    static func mouse(_ m: Mouse, _ state: inout AppState) -> [Effect] {
        guard state.mouse, !state.isTooSmall, state.paused == nil else { return [] }
        let hit = ScreenLayout(state).hit(x: m.x, y: m.y)
        switch m.kind {
        case .press(.left):
            let double = state.lastClick.map { $0.hit == hit && state.now.timeIntervalSince($0.at) <= Click.doubleClickWithin } ?? false
            state.lastClick = double ? nil : Click(hit: hit, at: state.now)
            return click(hit, double: double, &state)
        case .wheelUp, .wheelDown:
            return wheel(hit, down: m.kind == .wheelDown, &state)
        default:
            return []
        }
    }

    /// Rows the wheel moves a notch.
    static let wheelStep = 3

    static func click(_ hit: ScreenLayout.Hit, double: Bool, _ state: inout AppState) -> [Effect] {
        if case .confirm(var c)? = state.modal {
            guard case .button(let b) = hit else { return [] }
            switch b {
            case .cancel, .close: return Dialogs.answer(.cancel, &c, &state)
            case .confirm:
                c.confirmFocused = true
                return Dialogs.answer(.choose, &c, &state)
            }
        }
        guard state.modal == nil else { return [] }
        switch hit {
        case .row(let list, let i):
            var effects = select(list, i, &state)
            if double { effects += run(.open, &state) }
            return effects
        case .pane(let p):
            state.focus = p
        default:
            break
        }
        return []
    }

    static func wheel(_ hit: ScreenLayout.Hit, down: Bool, _ state: inout AppState) -> [Effect] {
        let delta = down ? wheelStep : -wheelStep
        if state.modal != nil {
            // Help, the history and the audit log scroll; a question or a prompt does not move.
            guard let key = state.config.keymap.binding(down ? .scrollDown : .scrollUp, in: .help)?.keys.first else { return [] }
            var effects: [Effect] = []
            for _ in 0..<wheelStep { effects += Dialogs.handle(key, &state) }
            return effects
        }
        let pane: Pane? = switch hit {
        case .row(let list, _): list.pane
        case .pane(let p): p
        default: nil
        }
        guard let pane else { return [] }
        state.focus = pane
        return move(by: delta, &state)
    }

    /// Selects row `i` of `list` (the selection moves there as the cursor keys would take it) and focuses its pane.
    static func select(_ list: ScreenLayout.List, _ i: Int, _ state: inout AppState) -> [Effect] {
        state.focus = list.pane
        if list == .users {
            state.detail.field = nil
            state.detail.selectedUser = i
            return []
        }
        let from = ScreenLayout(state).lists[list]?.selected
        var effects = from == nil ? move(by: 0, &state) : []
        effects += move(by: i - (from ?? 0), &state)
        return effects
    }
}

extension ScreenLayout.List {
    /// The pane the list is drawn in.
    var pane: Pane {
        switch self {
        case .sessions, .problems, .timeline: .sessions
        case .lobbies: .lobbies
        case .users: .detail
        }
    }
}
