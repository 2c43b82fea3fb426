import TerminalUI

/// The message line (newest result or error, with its glyph) and the key hints of what has the keys: the overlay's
/// own, else the focused pane's — from the binding table.
struct FooterView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        if let m = state.messageLine {
            let time = " \(TimeText.clock(m.at, zone: state.config.zone)) "
            // The whole text when it fits, else its brief form (a path with its folders elided) when it has one.
            let room = area.width - TextWidth.of(time) - 2
            let text = TextWidth.of(m.text) > room ? m.brief ?? m.text : m.text
            TextLine([Span(time, style: theme.style(.muted)), Span("\(m.level.mark(glyphs)) \(text)", style: m.level.style(theme))],
                     ellipsis: glyphs.ellipsis)
                .render(area.row(0), into: &buffer)
        }
        hints().render(area.row(1), into: &buffer)
    }

    /// The hints of what has the keys (the widget drops what does not fit from the end, keeping `? help`).
    func hints() -> KeyHints {
        if case .confirm(let c)? = state.modal, c.gone != nil {
            return KeyHints([KeyHint(ModalView.goneHint(state.config.keymap), "")], help: nil, theme: theme)
        }
        if let modal = state.modal {
            return KeyHints(state.config.keymap.footer(for: modal).map { KeyHint($0.shortLabel(glyphs), $0.short) }, help: nil, theme: theme)
        }
        var bindings = state.config.keymap.footer(for: state.focus, view: state.paneView?.keys, readOnly: state.config.readOnly)
        if state.focus == .lobbies, let n = state.lobbyPane.selectedName, let l = state.visibleLobbies.first(where: { $0.name == n }) {
            // Only what the selected lobby's state allows is offered.
            bindings.removeAll { LobbyStatus.refusal($0.command, status: l.status, url: l.url) != nil }
        }
        var hints = bindings.map { KeyHint($0.shortLabel(glyphs), $0.short) }
        let keymap = state.config.keymap
        if state.paused != nil {
            // Paused, only the way back matters.
            hints = [KeyHint(keymap.binding(.pause, in: .global)?.shortLabel(glyphs) ?? "p", "resume"),
                     KeyHint(keymap.binding(.quit, in: .global)?.shortLabel(glyphs) ?? "q", "quit")]
        }
        if state.showsLobbyDetail, let esc = keymap.binding(.back, in: .global) { hints.insert(KeyHint(esc.shortLabel(glyphs), "close detail"), at: 0) }
        if !state.marks.isEmpty, let u = keymap.binding(.clearMarks, in: .global) { hints.insert(KeyHint(u.shortLabel(glyphs), "unmark \(state.marks.count)"), at: 0) }
        // The mouse is on: said first, as its key (text selection now needs Shift).
        if state.mouse { hints.insert(KeyHint(keymap.binding(.toggleMouse, in: .global)?.shortLabel(glyphs) ?? "mouse", "mouse: on"), at: 0) }
        // Production is said here too, in words: colour may be off, and the header may be cut.
        if state.config.production { hints.insert(KeyHint("PRODUCTION", state.config.environment), at: 0) }
        return KeyHints(hints, theme: theme)
    }
}
