import TerminalUI

/// The timeline, in the session pane: every event kept, newest first — time, kind, target, detail — with the pinned
/// targets in its title.
struct TimelineView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    /// Where the layout put the rows.
    var rows: ListGeometry

    static let columns: [Table.Column] = [
        Table.Column("", width: .fixed(1)),
        Table.Column("TIME", width: .fixed(8)),
        Table.Column("KIND", width: .fixed(22)),
        Table.Column("TARGET", width: .fixed(20)),
        Table.Column("DETAIL", width: .min(10)),
    ]

    func render(_ area: Rect, into buffer: inout Buffer) {
        let events = state.timelineRows
        let sep = glyphs.separator
        var title = "Timeline \(sep) \(state.model.events.events.count) event\(state.model.events.events.count == 1 ? "" : "s")"
        if state.timeline.warningsOnly { title += " \(sep) warnings only" }
        if !state.timeline.filter.isEmpty { title += " \(sep) filter \"\(UntrustedText.clean(state.timeline.filter, limit: 24))\" \(sep) \(events.count) shown" }
        let marked = state.marks.sessions.count + state.marks.lobbies.count
        if marked > 0 { title += " \(sep) \(marked) marked" }
        if !state.model.pins.isEmpty {
            title += " \(sep) pinned: " + state.model.pins.prefix(3).map { UntrustedText.clean($0.name, limit: 16) }.joined(separator: ", ")
                + (state.model.pins.count > 3 ? " +\(state.model.pins.count - 3)" : "")
        }
        title += Table.rowsShown(rows.window, of: events.count, glyphs: glyphs)
        let panel = Panel(title: title, focused: state.focus == .sessions, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let placeholder = state.model.events.events.isEmpty
            ? "nothing has changed yet (the fleet's first sweep is one line when it is done)" : "no event matches (w, / change what is listed)"
        Table(columns: Self.columns, rows: events[rows.window].map(row), selected: rows.selectedInWindow,
              styles: Table.Styles(theme: theme), glyphs: glyphs, placeholder: placeholder)
            .render(rows.table, into: &buffer)
    }

    /// The mark and style an event's severity is drawn with (its row, the event box).
    static func mark(_ severity: Event.Severity, theme: Theme, glyphs: GlyphSet) -> (Character, Style) {
        switch severity {
        case .problem: (glyphs.statusError, theme.style(.error))
        case .warning: (glyphs.statusWarn, theme.style(.warn))
        case .info: (glyphs.statusInfo, theme.style(.text))
        }
    }

    func row(_ e: Event) -> Table.Row {
        let (mark, style) = Self.mark(e.kind.severity, theme: theme, glyphs: glyphs)
        let pinned = e.target.map { state.model.pins.contains($0) } ?? false
        var row = Table.Row([
            TableCell(String(mark), style: style),
            TableCell(TimeText.clock(e.at, zone: state.config.zone), style: theme.style(.muted)),
            TableCell(e.kind.rawValue + (e.count > 1 ? " \u{D7}\(e.count)" : ""), style: style),
            TableCell((pinned ? "*" : "") + e.targetText),
            TableCell(e.detail),
        ])
        switch e.target {
        case .session(let id)?: row.marked = state.marks.contains(session: id)
        case .lobby(let name)?: row.marked = state.marks.contains(lobby: name)
        case nil: break
        }
        return row
    }
}
