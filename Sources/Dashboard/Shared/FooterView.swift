import TerminalUI

/// The message line (newest result or error) and the key hints of the focused pane, from the binding table.
struct FooterView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        if let m = state.messageLine {
            let style: Style = switch m.level {
            case .info: theme.style(.info)
            case .success: theme.style(.ok)
            case .warning: theme.style(.warn)
            case .error: theme.style(.error)
            }
            let mark: Character = switch m.level {
            case .info: " "
            case .success: glyphs.statusOK
            case .warning: glyphs.statusWarn
            case .error: glyphs.statusError
            }
            TextLine([Span(" \(TimeText.clock(m.at, zone: state.config.timeZone)) ", style: theme.style(.muted)),
                      Span("\(mark) \(m.text)", style: style)], ellipsis: glyphs.ellipsis)
                .render(area.row(0), into: &buffer)
        }
        hints().render(area.row(1), into: &buffer)
    }

    /// The focused pane's footer bindings as hints (the widget drops what does not fit, keeping `? help`).
    func hints() -> KeyHints {
        let bindings = state.focus == .sessions && state.sessions.scope == .problems
            ? Bindings.visible(readOnly: state.config.readOnly).filter { $0.scope == .problems && $0.inFooter }
            : Bindings.footer(for: state.focus, readOnly: state.config.readOnly).filter { $0.command != .help }
        return KeyHints(bindings.map { KeyHint($0.shortLabel, $0.short) }, theme: theme)
    }
}
