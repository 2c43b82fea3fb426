import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// The lobby panel: name, status, url, age; a progress mark while moving, a stuck mark when a deploy drags.
struct LobbyPanelView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    var layout: ScreenLayout

    /// The columns for lobbies whose longest name is `longest` wide: the name as wide as it needs (12 to 40), the url
    /// the rest.
    static func columns(longest: Int) -> [Table.Column] {
        [
            Table.Column("", width: .fixed(1)),
            Table.Column("LOBBY", width: .fixed(min(40, max(12, longest)))),
            Table.Column("STATUS", width: .fixed(12)),
            Table.Column("URL", width: .min(16)),
            Table.Column("AGE", width: .fixed(5), alignment: .right),
        ]
    }

    func render(_ area: Rect, into buffer: inout Buffer) {
        let lobbies = state.visibleLobbies
        var title = "Lobbies · \(state.lobbies.feed.value?.count ?? 0)"
        if !state.lobbyPane.filter.isEmpty { title += " · filter \"\(UntrustedText.clean(state.lobbyPane.filter, limit: 24))\" · \(lobbies.count) shown" }
        if !state.marks.lobbies.isEmpty { title += " · \(state.marks.lobbies.count) marked" }
        if state.lobbies.feed.status.isStale && state.lobbies.feed.value != nil { title += " · stale" }
        // More lobbies than rows: which ones are shown (the table scrolls to keep the selection in view).
        let geometry = layout.lists[.lobbies] ?? ListGeometry(table: area.inset(by: 1), count: 0, selected: nil)
        title += Table.rowsShown(geometry.window, of: lobbies.count, glyphs: glyphs)
        // While the detail is open it has the focus: it is what the keys act on and what is read.
        let panel = Panel(title: title, focused: state.focus == .lobbies && !state.showsLobbyDetail, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let tick = Int(state.now.timeIntervalSinceReferenceDate)
        let rows = lobbies[geometry.window].map { l -> Table.Row in
            let pending = state.pending.keys.contains { $0.target == l.name && [.deployLobby, .terminateLobby, .deleteLobby].contains($0.kind) }
            let since = state.lobbies.movingSince[l.name]
            let stuck = since.map { state.now.timeIntervalSince($0) > state.config.lobbyStuckAfter } ?? false
            let (mark, style): (Character, Style) =
                if stuck { (glyphs.statusWarn, theme.style(.warn).adding(.bold)) }
                else if pending || since != nil { (glyphs.spinner[tick % glyphs.spinner.count], theme.style(.spinner)) }
                else if LobbyStatus.isError(l.status) { (glyphs.statusError, theme.style(.error)) }
                else if l.isUsable { (glyphs.statusOK, theme.style(.ok)) }
                else { (glyphs.statusPending, theme.style(.muted)) }
            var status = UntrustedText.clean(l.status, limit: 32)
            if stuck { status = "stuck: " + status }
            var row = Table.Row([
                TableCell(String(mark), style: style),
                TableCell(UntrustedText.clean(l.name, limit: 64)),
                TableCell(status, style: style),
                TableCell(l.url.isEmpty ? glyphs.none : UntrustedText.clean(l.url, limit: 200), style: l.url.isEmpty ? theme.style(.muted) : nil),
                TableCell(state.lobbies.firstSeen.record(l.name).map { TimeText.age(since: $0, now: state.now, glyphs: glyphs) } ?? ""),
            ])
            row.marked = state.marks.contains(lobby: l.name)
            return row
        }
        let placeholder = state.lobbies.feed.value == nil ? (state.lobbies.feed.error == nil ? "loading lobbies…" : "no data yet")
            : state.lobbyPane.filter.isEmpty ? "no lobbies — n creates one" : "no lobby matches the filter (Esc clears it)"
        let longest = lobbies.map { TextWidth.of(UntrustedText.clean($0.name, limit: 64)) }.max() ?? 0
        Table(columns: Self.columns(longest: longest), rows: Array(rows), selected: geometry.selectedInWindow,
              styles: Table.Styles(theme: theme), glyphs: glyphs, placeholder: placeholder)
            .render(geometry.table, into: &buffer)
    }
}
