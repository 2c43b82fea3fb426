import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// Object → row: one relay session as the list shows it. Pure; API strings are cleaned here.
struct SessionRow {
    /// The list's columns, in order.
    static let columns: [Table.Column] = [
        Table.Column("", width: .fixed(1)),
        Table.Column("SESSION", width: .fixed(15)),
        Table.Column("STATUS", width: .fixed(12)),
        Table.Column("R/L", width: .fixed(3)),
        Table.Column("USERS", width: .fixed(5), alignment: .right),
        Table.Column("RELAY HOST", width: .min(12)),
        Table.Column("SERVER", width: .fixed(6), alignment: .right),
        Table.Column("CLIENT", width: .fixed(6), alignment: .right),
        Table.Column("AGE", width: .fixed(5), alignment: .right),
    ]

    /// Index of the relay host column, and the table width below which it is dropped.
    static let hostColumn = 5
    static let statusColumn = 2
    static let hostColumnNeeds = 90

    /// The column index a sort key marks in the header.
    static func column(for key: SessionSortKey) -> Int? {
        switch key {
        case .apiOrder: nil
        case .id: 1
        case .status: 2
        case .users: 4
        case .host: 5
        case .age: 8
        }
    }

    /// The row of `s`: its health's mark and colour (the spinner while `pending`: a delete in flight; dimmed and
    /// `gone`, no live marks, once it is known gone until the list drops it).
    static func row(_ s: RelaySession, health: SessionHealth, pending: Bool, gone: Bool = false, firstSeen: FirstSeen.Record?,
                    now: Date, theme: Theme, glyphs: GlyphSet) -> Table.Row {
        if gone {
            let muted = theme.style(.muted)
            return Table.Row([TableCell(" "), TableCell(UntrustedText.clean(s.sessionID, limit: 64), style: muted), TableCell("gone", style: muted)]
                             + Array(repeating: TableCell(""), count: columns.count - 3), style: muted)
        }
        let mark = health.mark(glyphs, pending: pending)
        let style = pending ? theme.style(.muted) : health.state.style(theme)
        let yes = String(glyphs.yes), no = String(glyphs.no)
        let status = pending ? "working" : health.state == .stuck ? "stuck" : UntrustedText.clean(s.status, limit: 32)
        return Table.Row([
            TableCell(String(mark), style: style),
            TableCell(UntrustedText.clean(s.sessionID, limit: 64)),
            TableCell(status, style: style),
            TableCell((s.ready ? yes : no) + (s.linked ? yes : no)),
            TableCell("\(s.sessionUsers.count)"),
            TableCell(s.relay?.host.map { UntrustedText.clean($0, limit: 128) } ?? glyphs.none, style: s.relay == nil ? theme.style(.muted) : nil),
            TableCell(s.relay?.ports?.server?.port.map(String.init) ?? glyphs.none),
            TableCell(s.relay?.ports?.client?.port.map(String.init) ?? glyphs.none),
            TableCell(firstSeen.map { TimeText.age(since: $0, now: now, glyphs: glyphs) } ?? ""),
        ], style: health.state == .failed && !pending ? theme.style(.error) : nil)
    }
}
