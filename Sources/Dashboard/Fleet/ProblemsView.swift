import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// The problems view, in the session pane: every problem of the fleet grouped by kind, newest first.
struct ProblemsView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    /// Where the layout put the rows.
    var rows: ListGeometry

    static let columns: [Table.Column] = [
        Table.Column("", width: .fixed(1)),
        Table.Column("KIND", width: .fixed(11)),
        Table.Column("SESSION / LOBBY", width: .fixed(18)),
        Table.Column("PAGE", width: .fixed(4), alignment: .right),
        Table.Column("AGE", width: .fixed(5), alignment: .right),
        Table.Column("ERROR / STATUS", width: .min(8)),
    ]

    func render(_ area: Rect, into buffer: inout Buffer) {
        let fleet = state.fleet
        let counts = ProblemRow.Kind.allCases.compactMap { k in fleet.problemCounts[k].map { "\($0) \(k.label)" } }
        let total = fleet.problemCounts.values.reduce(0, +)
        var title = "Problems · \(total) in the fleet"
        if !counts.isEmpty { title += " · " + counts.joined(separator: ", ") }
        if let c = Fleet.coverage(state) { title += " · pages 1–\(c.read) of \(c.of)" }
        if fleet.problems.count < total { title += " · first \(fleet.problems.count) listed" }
        let marked = state.marks.sessions.count + state.marks.lobbies.count
        if marked > 0 { title += " · \(marked) marked" }
        let panel = Panel(title: title, focused: state.focus == .sessions, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        // Only the rows on screen become table rows (up to 1,000 are listed), scrolled as the full table would be.
        let all = fleet.problems
        let placeholder = fleet.index.records.isEmpty ? "indexing the fleet…" : "no problems in the fleet (P or Esc: back to the page)"
        let table = Table(columns: Self.columns, rows: all[rows.window].map(row), selected: rows.selectedInWindow,
                          styles: Table.Styles(theme: theme), glyphs: glyphs, placeholder: placeholder)
        table.render(rows.table, into: &buffer)
    }

    func row(_ p: ProblemRow) -> Table.Row {
        var r = cells(p)
        r.marked = p.target.isLobby ? state.marks.contains(lobby: p.name) : state.marks.contains(session: p.name)
        return r
    }

    func cells(_ p: ProblemRow) -> Table.Row {
        let style: Style = switch p.kind {
        case .failed, .lobbyError: theme.style(.error)
        case .stuck, .lobbyStuck: theme.style(.warn).adding(.bold)
        case .longLived: theme.style(.warn)
        }
        let mark: Character = switch p.kind {
        case .failed, .lobbyError: glyphs.statusError
        default: glyphs.statusWarn
        }
        let lowerBound = p.target.isLobby ? state.lobbies.firstSeen.isLowerBound(p.name) : state.firstSeen(p.name)?.lowerBound ?? false
        let age = p.since.map { TimeText.age(since: FirstSeen.Record(at: $0, lowerBound: lowerBound), now: state.now, glyphs: glyphs) } ?? ""
        switch p.target {
        case .session(let id):
            let s = state.fleet.index.records[id]
            return Table.Row([
                TableCell(String(mark), style: style), TableCell(p.kind.label, style: style),
                TableCell(UntrustedText.clean(id, limit: 64)),
                TableCell(state.page(of: id).map(String.init) ?? ""), TableCell(age),
                // The error text, else the status (a stuck or long-lived session has no error).
                TableCell(UntrustedText.clean(s?.error ?? s?.status ?? "", limit: 120), style: s?.error == nil ? nil : theme.style(.error)),
            ])
        case .lobby(let name):
            let status = state.lobbies.feed.value?.first { $0.name == name }?.status ?? ""
            return Table.Row([
                TableCell(String(mark), style: style), TableCell(p.kind.label, style: style),
                TableCell(UntrustedText.clean(name, limit: 64)),
                TableCell(glyphs.none, style: theme.style(.muted)), TableCell(age),
                TableCell("lobby status: " + UntrustedText.clean(status, limit: 32), style: style),
            ])
        }
    }
}
