import EdgegapAPI
import TerminalUI

/// The session list pane: page n/N of `total_count`, the filter, and the rows.
struct SessionListView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet
    var layout: ScreenLayout

    func render(_ area: Rect, into buffer: inout Buffer) {
        let geometry = layout.lists[ScreenLayout.sessionList(state)] ?? ListGeometry(table: area.inset(by: 1), count: 0, selected: nil)
        if let view = state.sessions.scope.view {
            view.render(state, theme: theme, glyphs: glyphs, area, geometry, into: &buffer)
            return
        }
        let list = state.sessions
        let total = list.feed.value?.totalCount
        let fleetSearch = state.searchesFleet
        var title = "Sessions · page \(list.page)/\(list.pageCount)"
        if let total { title += " · \(total) total" }
        if fleetSearch {
            // The page you are on first (it stays), then what was searched: the fleet, or the pages indexed so far.
            let r = state.fleet.results
            title = "Sessions p\(list.page)/\(list.pageCount) · search \"\(UntrustedText.clean(list.filter, limit: 24))\" · "
                + (Fleet.coverage(state).map { "pages 1–\($0.read) of \($0.of)" } ?? "fleet")
                + (r.complete ? " · \(r.matched) match\(r.matched == 1 ? "" : "es")" : " · \(r.matched)+ matches")
        } else if !list.filter.isEmpty {
            title += " · filter \"\(UntrustedText.clean(list.filter, limit: 24))\"" + (state.config.crawlRate > 0 ? "" : " · page only")
        }
        if !state.marks.sessions.isEmpty { title += " · \(state.marks.sessions.count) marked" }
        if list.sort.key != .apiOrder { title += " · sort \(list.sort.key.rawValue)\(list.sort.descending ? " desc" : "")" }
        if list.feed.value == nil && list.feed.error == nil { title += " · loading" }
        if list.feed.value != nil && list.feed.status.isStale { title += " · stale" }
        let rows = state.listRows()
        let selected = geometry.selected
        title += Table.rowsShown(geometry.window, of: rows.count, glyphs: glyphs)
        let panel = Panel(title: title, focused: state.focus == .sessions, theme: theme, glyphs: glyphs)
        panel.render(area, into: &buffer)
        let inner = geometry.table
        // Only the rows on screen become table rows (a fleet search lists up to 1,000); the table scrolls as it would
        // with them all: from the top, far enough to show the selection.
        let window = rows[geometry.window]
        var tableRows = window.map { s in
            let seen = state.firstSeen(s.sessionID)
            let pending = state.pending.keys.contains { $0.kind == .deleteSession && $0.target == s.sessionID }
            let gone = state.detail.gone && state.detail.sessionID == s.sessionID
            var row = SessionRow.row(s, health: SessionHealth.of(s, firstSeen: seen, now: state.now, config: state.config),
                                     pending: pending, gone: gone, firstSeen: seen, now: state.now, theme: theme, glyphs: glyphs)
            row.marked = state.marks.contains(session: s.sessionID)
            return row
        }
        let placeholder: String = if list.feed.value == nil {
            list.feed.error == nil ? "loading sessions…" : "no data yet: \(list.feed.error.map { ErrorText.describe($0, keySource: state.config.keySource) } ?? "")"
        } else if fleetSearch {
            "no session in the fleet matches (Esc clears the search)"
        } else if !list.filter.isEmpty {
            "no session on this page matches the filter (Esc clears it)"
        } else {
            "no sessions on this page"
        }
        var sort = SessionRow.column(for: list.sort.key).map { Table.Sort(column: $0, ascending: !list.sort.descending) }
        var columns = SessionRow.columns
        // The relay host repeats the session id's prefix: it is the first column to go when space is short.
        if inner.width < SessionRow.hostColumnNeeds {
            columns.remove(at: SessionRow.hostColumn)
            columns[SessionRow.statusColumn].width = .min(12)
            tableRows = tableRows.map { var r = $0; r.cells.remove(at: SessionRow.hostColumn); return r }
            if let s = sort, s.column >= SessionRow.hostColumn { sort = s.column == SessionRow.hostColumn ? nil : Table.Sort(column: s.column - 1, ascending: s.ascending) }
        }
        if !list.filter.isEmpty {
            // Why each row matched (`user 119.186.150.36`) takes the ports' room: they say nothing about the search.
            let search = FleetSearch(list.filter)
            // Narrow, the flags, the user count and the status give way too: the mark says the health.
            let give = ["SERVER", "CLIENT"] + (inner.width < 100 ? ["R/L", "USERS", "STATUS"] : [])
            let ports = columns.indices.filter { give.contains(columns[$0].title) }
            for i in ports.reversed() {
                columns.remove(at: i)
                tableRows = tableRows.map { var r = $0; r.cells.remove(at: i); return r }
                if let s = sort, s.column >= i { sort = s.column == i ? nil : Table.Sort(column: s.column - 1, ascending: s.ascending) }
            }
            if fleetSearch {
                // Where each result is: the page it was last seen on.
                columns.append(Table.Column("PAGE", width: .fixed(4), alignment: .right))
                for (i, s) in window.enumerated() { tableRows[i].cells.append(TableCell(state.page(of: s.sessionID).map(String.init) ?? "")) }
            }
            columns.append(Table.Column("MATCH", width: .min(14)))
            for (i, s) in window.enumerated() {
                let why = search.match(s).map { "\($0.field) \(UntrustedText.clean($0.value, limit: 80))" } ?? ""
                tableRows[i].cells.append(TableCell(why, style: theme.style(.muted)))
            }
        }
        let table = Table(columns: columns, rows: tableRows, selected: geometry.selectedInWindow,
                          sort: sort, styles: Table.Styles(theme: theme), glyphs: glyphs, placeholder: placeholder)
        table.render(inner, into: &buffer)
    }
}
