import EdgegapAPI
import Foundation
import TerminalUI

/// The session detail: relay, ports with protocol and link, token, webhook, error; the users table.
struct SessionDetailView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    static let userColumns: [Table.Column] = [
        Table.Column("#", width: .fixed(2), alignment: .right),
        Table.Column("USER IP", width: .min(15)),
        Table.Column("LAT", width: .fixed(8), alignment: .right),
        Table.Column("LON", width: .fixed(9), alignment: .right),
        Table.Column("TOKEN", width: .fixed(10), alignment: .right),
    ]

    func render(_ area: Rect, into buffer: inout Buffer) {
        let session = SessionDetail.shown(state)
        let id = state.detail.sessionID.map { UntrustedText.clean($0, limit: 40) }
        var title = id.map { "Session \($0)" } ?? "Session"
        // Riding on the page, the detail is as stale as the page.
        let stale = state.detail.feed.status.isStale || (state.detail.ridesOnPage && state.sessions.feed.status.isStale)
        if state.detail.gone { title += " · gone" } else if stale && session != nil { title += " · stale" }
        let panel = Panel(title: title, focused: state.focus == .detail, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let inner = panel.inner(area).inset(horizontal: 1, vertical: 0)
        guard let s = session else {
            let text: String = if state.detail.sessionID == nil { "select a session (Enter) or jump to one (:)" }
                else if state.detail.gone { "this session no longer exists" }
                else if let e = state.detail.feed.error { "could not load: \(ErrorText.describe(e))" }
                else { "loading…" }
            TextLine(text, style: theme.style(.muted), ellipsis: glyphs.ellipsis).render(inner.row(0), into: &buffer)
            return
        }
        var y = inner.y
        for line in fields(s) where y < inner.maxY {
            line.render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
        guard y + 2 < inner.maxY else { return }
        y += 1
        TextLine("Users (\(s.sessionUsers.count))", style: theme.style(.title)).render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        y += 1
        let rows = s.sessionUsers.enumerated().map { i, u in
            Table.Row([
                TableCell("\(i)"),
                TableCell(UntrustedText.clean(u.ipAddress, limit: 45) + (i == 0 ? " (host)" : "")),
                TableCell(u.latitude.map { String(format: "%.4f", $0) } ?? "—"),
                TableCell(u.longitude.map { String(format: "%.4f", $0) } ?? "—"),
                TableCell(u.authorizationToken.map(String.init) ?? "—"),
            ])
        }
        let selected = s.sessionUsers.isEmpty ? nil : min(state.detail.selectedUser, s.sessionUsers.count - 1)
        // The users get the rows they need; a world map of them takes what is left, when that is enough.
        let tableHeight = min(inner.maxY - y, max(2, rows.count + 1))
        Table(columns: Self.userColumns, rows: rows, selected: state.focus == .detail && state.detail.field == nil ? selected : nil,
              styles: Table.Styles(theme: theme), glyphs: glyphs, placeholder: "no users yet")
            .render(Rect(x: inner.x, y: y, width: inner.width, height: tableHeight), into: &buffer)
        let mapTop = y + tableHeight + 1
        if inner.maxY - mapTop >= 5 && inner.width >= 24 {
            let points = s.sessionUsers.enumerated().compactMap { i, u -> WorldMap.Point? in
                guard let lat = u.latitude, let lon = u.longitude, lat.isFinite, lon.isFinite else { return nil }
                let style = i == selected && state.focus == .detail ? theme.style(.accent).adding(.reverse) : i == 0 ? theme.style(.ok) : theme.style(.accent)
                return WorldMap.Point(latitude: lat, longitude: lon, style: style)
            }
            let h = inner.maxY - mapTop
            // Keep the map's 2:1 aspect (a cell is about twice as tall as wide).
            let w = min(inner.width, h * 4)
            WorldMap(points: points, glyphs: glyphs, style: theme.style(.map).adding(.dim), pointStyle: theme.style(.accent))
                .render(Rect(x: inner.x + (inner.width - w) / 2, y: mapTop, width: w, height: h), into: &buffer)
        }
    }

    func fields(_ s: RelaySession) -> [TextLine] {
        func kv(_ k: String, _ v: String, _ style: Style? = nil) -> TextLine {
            // The field with the cursor (y copies it) shows its label in the selection style.
            let focused = state.focus == .detail && state.detail.field?.label == k
            return TextLine([Span(TextWidth.fit(k, to: 9), style: focused ? theme.style(.selection) : theme.style(.muted)),
                             Span(v, style: style ?? theme.style(.text))], ellipsis: glyphs.ellipsis)
        }
        let yes = String(glyphs.statusOK), no = String(glyphs.statusPending)
        let statusStyle = s.error != nil ? theme.style(.error) : s.isUsable ? theme.style(.ok) : theme.style(.warn)
        var out = [
            kv("status", "\(UntrustedText.clean(s.status, limit: 32))   \(s.ready ? yes : no) ready  \(s.linked ? yes : no) linked", statusStyle),
            kv("token", s.authorizationToken.map(String.init) ?? "— (not ready)"),
        ]
        if let r = s.relay {
            out.append(kv("relay", "\(UntrustedText.clean(r.ip ?? "—", limit: 45))  \(UntrustedText.clean(r.host ?? "—", limit: 128))"))
            out.append(kv("server", port(r.ports?.server)))
            out.append(kv("client", port(r.ports?.client)))
        } else {
            out.append(kv("relay", "— not allocated yet", theme.style(.muted)))
        }
        out.append(kv("webhook", s.webhookURL.map { UntrustedText.clean($0, limit: 200) } ?? "—"))
        if let e = s.error { out.append(kv("error", UntrustedText.clean(e, limit: 200), theme.style(.error))) }
        if let first = state.firstSeen(s.sessionID) {
            let seen = first.at
            let age = TimeText.coarseAge(state.now.timeIntervalSince(seen))
            let text = first.lowerBound
                ? "≥ \(age) (there when this dashboard first looked, \(TimeText.clock(seen, zone: state.config.timeZone)))"
                : "\(age) (first seen by this dashboard)"
            out.append(kv("age", text, theme.style(.muted)))
        }
        return out
    }

    func port(_ p: RelayPort?) -> String {
        guard let p else { return "—" }
        let num = p.port.map(String.init) ?? "?"
        return "\(num)/\(UntrustedText.clean(p.protocol ?? "?", limit: 8))  \(UntrustedText.clean(p.link ?? "", limit: 128))"
    }
}
