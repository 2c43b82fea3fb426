import EdgegapAPI
import FoundationEssentials
import TerminalUI

/// The session detail: its health, token, relay, ports with protocol and link, webhook, error (whole, wrapped); the
/// users table. Data first: a full IPv6 address, a token, a port and the error fit before coordinates and the map,
/// which take only what is left. A session known gone is drawn dimmed, with no live marks.
struct SessionDetailView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    /// The label column's width (`status`, `webhook`).
    static let labelWidth = 9
    /// Lines the error may take (it wraps; past them it is cut).
    static let errorLines = 4

    func render(_ area: Rect, into buffer: inout Buffer) {
        let session = SessionDetail.shown(state)
        let id = state.detail.sessionID.map { UntrustedText.clean($0, limit: 40) }
        var title = id.map { "Session \($0)" } ?? "Session"
        // Riding on the page, the detail is as stale as the page.
        let stale = state.detail.feed.status.isStale || (state.detail.ridesOnPage && state.sessions.feed.status.isStale)
        if state.detail.gone { title += " \(glyphs.separator) gone" } else if stale && session != nil { title += " \(glyphs.separator) stale" }
        let panel = Panel(title: title, focused: state.focus == .detail, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let inner = panel.inner(area).inset(horizontal: 1, vertical: 0)
        guard let s = session else {
            let text: String = if state.detail.sessionID == nil, let note = Timeline.detailNote(state) { note }
                else if state.detail.sessionID == nil { "select a session (Enter) or jump to one (:)" }
                else if state.detail.gone { "this session is gone" }
                else if let e = state.detail.feed.error { "could not load: \(ErrorText.describe(e, keySource: state.config.keySource))" }
                else { "loading\(glyphs.ellipsis)" }
            TextLine(text, style: theme.style(.muted), ellipsis: glyphs.ellipsis).render(inner.row(0), into: &buffer)
            return
        }
        var y = inner.y
        for line in fields(s, width: inner.width) where y < inner.maxY {
            line.render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
            y += 1
        }
        guard y + 2 < inner.maxY else { return }
        y += 1
        let markedUsers = state.marks.users.filter { $0.sessionID == s.sessionID }
        TextLine("Users (\(s.sessionUsers.count))" + (s.sessionUsers.isEmpty ? "" : " \(glyphs.separator) the first is the host")
                 + (markedUsers.isEmpty ? "" : " \(glyphs.separator) \(markedUsers.count) marked"),
                 style: theme.style(state.detail.gone ? .muted : .title))
            .render(Rect(x: inner.x, y: y, width: inner.width, height: 1), into: &buffer)
        let users = UsersTable(session: s, width: inner.width, glyphs: glyphs)
        guard let geometry = Self.usersTable(state, pane: area) else { return }
        let selected = geometry.selected
        var styles = Table.Styles(theme: theme)
        if state.detail.gone { styles.text = theme.style(.muted) }
        let live = state.focus == .detail && state.detail.field == nil && !state.detail.gone
        let tokens = Set(markedUsers.map(\.token))
        let rows = s.sessionUsers.indices.map { i in
            var r = users.rows[i]
            r.marked = s.sessionUsers[i].authorizationToken.map(tokens.contains) ?? false
            return r
        }
        Table(columns: users.columns, rows: Array(rows[geometry.window]), selected: live ? geometry.selectedInWindow : nil,
              styles: styles, glyphs: glyphs, placeholder: "no users yet")
            .render(geometry.table, into: &buffer)
        let mapTop = geometry.table.maxY + 1
        guard !state.detail.gone, inner.maxY - mapTop >= 5 && inner.width >= 24 else { return }
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

    /// Where the users table goes in a detail pane at `pane`: under the fields, the users getting the rows they need
    /// (a world map of them takes what is left). Nil when no session is shown or there is no room.
    static func usersTable(_ state: AppState, pane: Rect) -> ListGeometry? {
        guard let s = SessionDetail.shown(state) else { return nil }
        let inner = pane.inset(by: 1).inset(horizontal: 1, vertical: 0)
        let fields = SessionDetailView(state: state, theme: .mono, glyphs: .unicode).fields(s, width: inner.width).count
        let y = inner.y + min(fields, inner.height)
        guard y + 2 < inner.maxY else { return nil }
        // A blank line and the users' title first.
        let top = y + 2
        let selected = s.sessionUsers.isEmpty ? nil : min(state.detail.selectedUser, s.sessionUsers.count - 1)
        return ListGeometry(table: Rect(x: inner.x, y: top, width: inner.width, height: min(inner.maxY - top, max(2, s.sessionUsers.count + 1))),
                            count: s.sessionUsers.count, selected: selected, top: state.scrollTops[.users] ?? 0)
    }

    func fields(_ s: RelaySession, width: Int) -> [TextLine] {
        let gone = state.detail.gone
        func kv(_ k: String, _ v: String, _ style: Style? = nil) -> TextLine {
            // The field with the cursor (y copies it) shows its label in the selection style.
            let focused = state.focus == .detail && state.detail.field?.label == k
            return TextLine([Span(TextWidth.fit(k, to: Self.labelWidth), style: focused ? theme.style(.selection) : theme.style(.muted)),
                             Span(v, style: gone ? theme.style(.muted) : style ?? theme.style(.text))], ellipsis: glyphs.ellipsis)
        }
        let health = state.health(s)
        var out = [kv("status", status(s, health), health.state.style(theme))]
        if !gone { out.append(kv("flags", "\(s.ready ? "" : "not ")ready, \(s.linked ? "" : "not ")linked" + (health.longLived ? ", long-lived" : ""))) }
        out.append(kv("token", s.authorizationToken.map(String.init) ?? "\(glyphs.none) (not ready)"))
        if let r = s.relay {
            out.append(kv("relay", "\(UntrustedText.clean(r.ip ?? glyphs.none, limit: 45))  \(UntrustedText.clean(r.host ?? glyphs.none, limit: 128))"))
            out.append(kv("server", port(r.ports?.server)))
            out.append(kv("client", port(r.ports?.client)))
        } else {
            // A failed session gets no relay; only one still initializing may.
            out.append(kv("relay", health.state == .failed ? "\(glyphs.none) none (the session failed)" : "\(glyphs.none) not allocated yet",
                          theme.style(.muted)))
        }
        out.append(kv("webhook", s.webhookURL.map { UntrustedText.clean($0, limit: 200) } ?? glyphs.none))
        if let e = s.error {
            // The whole error, wrapped under its label: it is what an operator acts on.
            let text = UntrustedText.clean(e, limit: 400)
            let lines = TextWidth.wrap(text, width: max(8, width - Self.labelWidth))
            for (i, line) in lines.prefix(Self.errorLines).enumerated() {
                let cut = i == Self.errorLines - 1 && lines.count > Self.errorLines
                out.append(kv(i == 0 ? "error" : "", line + (cut ? glyphs.ellipsis : ""), theme.style(.error)))
            }
        }
        if let first = state.firstSeen(s.sessionID) {
            let age = TimeText.age(since: first, now: state.now, glyphs: glyphs)
            let clock = TimeText.clock(first.at, zone: state.config.zone)
            let text = first.lowerBound ? "\(age) (already there at first look, \(clock))" : "\(age) (first seen \(clock))"
            out.append(kv("age", text, theme.style(.muted)))
        }
        return out
    }

    /// `▲ stuck · Initializing`: the health first (the same words as the list and the header),
    /// then the API's status and flags; `gone` alone once the session is.
    func status(_ s: RelaySession, _ health: SessionHealth) -> String {
        if state.detail.gone { return "gone: the API no longer has this session" }
        var text = "\(health.state.mark(glyphs)) \(health.state.rawValue) \(glyphs.separator) \(UntrustedText.clean(s.status, limit: 32))"
        if health.stuckUnknown, let at = health.stuckKnownAt {
            text += " \(glyphs.separator) stuck? known at \(TimeText.clock(at, zone: state.config.zone))"
        }
        return text
    }

    func port(_ p: RelayPort?) -> String {
        guard let p else { return glyphs.none }
        let num = p.port.map(String.init) ?? "?"
        return "\(num)/\(UntrustedText.clean(p.protocol ?? "?", limit: 8))  \(UntrustedText.clean(p.link ?? "", limit: 128))"
    }
}

/// The detail's users table, its columns by priority: the IP whole (an IPv6 address is 39 cells), then the token;
/// latitude and longitude only when they fit beside them. The first user is the host (marked where room allows).
struct UsersTable {
    var columns: [Table.Column]
    var rows: [Table.Row]
    /// Cells the table's selection marker takes before its first column.
    static let marker = 2

    init(session s: RelaySession, width: Int, glyphs: GlyphSet) {
        let host = " (host)"
        let ips = s.sessionUsers.map { UntrustedText.clean($0.ipAddress, limit: 45) }
        let longest = ips.map(TextWidth.of).max() ?? 0
        // The marker, the IP and the token with its gap; the coordinates need 8 + 9 more and their gaps.
        let room = width - Self.marker - 1 - 10
        let coordinates = room - 19 >= max(15, longest) + TextWidth.of(host)
        let ipWidth = max(15, min(room - (coordinates ? 19 : 0), longest + TextWidth.of(host)))
        columns = [Table.Column("USER IP", width: .min(ipWidth)), Table.Column("TOKEN", width: .fixed(10), alignment: .right)]
        if coordinates {
            columns += [Table.Column("LAT", width: .fixed(8), alignment: .right), Table.Column("LON", width: .fixed(9), alignment: .right)]
        }
        rows = s.sessionUsers.enumerated().map { i, u in
            // The host marker only where it fits beside the whole address.
            let ip = ips[i] + (i == 0 && TextWidth.of(ips[i]) + TextWidth.of(host) <= ipWidth ? host : "")
            var cells = [TableCell(ip), TableCell(u.authorizationToken.map(String.init) ?? glyphs.none)]
            if coordinates {
                cells.append(TableCell(u.latitude.map { $0.fixed(4) } ?? glyphs.none))
                cells.append(TableCell(u.longitude.map { $0.fixed(4) } ?? glyphs.none))
            }
            return Table.Row(cells)
        }
    }
}
