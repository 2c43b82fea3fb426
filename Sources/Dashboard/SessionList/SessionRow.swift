import EdgegapAPI
import Foundation
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
        Table.Column("AGE", width: .fixed(4), alignment: .right),
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

    /// How a session stands, for colour and glyph.
    enum Health { case ready, initializing, failed, stuck, pending }

    static func health(_ s: RelaySession, firstSeen: Date?, now: Date, stuckAfter: Double, pending: Bool) -> Health {
        if pending { return .pending }
        if s.error != nil { return .failed }
        if s.isUsable { return .ready }
        return s.isStuck(firstSeen: firstSeen, now: now, after: stuckAfter) ? .stuck : .initializing
    }

    static func row(_ s: RelaySession, health: Health, firstSeen: Date?, lowerBound: Bool = false, now: Date, theme: Theme,
                    glyphs: GlyphSet) -> Table.Row {
        let (mark, style): (Character, Style) = switch health {
        case .ready: (glyphs.statusOK, theme.style(.ok))
        case .initializing: (glyphs.statusPending, theme.style(.warn))
        case .failed: (glyphs.statusError, theme.style(.error))
        case .stuck: (glyphs.statusWarn, theme.style(.warn).adding(.bold))
        case .pending: (glyphs.spinner.first ?? "~", theme.style(.muted))
        }
        let yes = glyphs.isUnicode ? "✓" : "y", no = glyphs.isUnicode ? "·" : "-"
        let status = health == .stuck ? "stuck" : health == .pending ? "working" : UntrustedText.clean(s.status, limit: 32)
        return Table.Row([
            TableCell(String(mark), style: style),
            TableCell(UntrustedText.clean(s.sessionID, limit: 64)),
            TableCell(status, style: style),
            TableCell((s.ready ? yes : no) + (s.linked ? yes : no)),
            TableCell("\(s.sessionUsers.count)"),
            TableCell(UntrustedText.clean(s.relay?.host ?? "—", limit: 128), style: s.relay == nil ? theme.style(.muted) : nil),
            TableCell(s.relay?.ports?.server?.port.map(String.init) ?? "—"),
            TableCell(s.relay?.ports?.client?.port.map(String.init) ?? "—"),
            TableCell(firstSeen.map { TimeText.ageColumn(now.timeIntervalSince($0), lowerBound: lowerBound, glyphs: glyphs) } ?? ""),
        ], style: health == .failed ? theme.style(.error) : nil)
    }
}
