import EdgegapAPI
import Foundation
import TerminalUI

/// Two header rows: who and where, totals, the sparkline, and the data state (fresh, stale, or the error).
struct HeaderView: Widget {
    var state: AppState
    var theme: Theme
    var glyphs: GlyphSet

    func render(_ area: Rect, into buffer: inout Buffer) {
        guard area.height >= 2 else { return }
        buffer.setStyle(theme.style(.statusBar), in: area.row(0))
        let env = UntrustedText.clean(state.config.environment, limit: 24)
        let envStyle = state.config.production ? theme.style(.danger) : theme.style(.accent)
        var top: [Span] = [
            Span(" RelayDeck ", style: theme.style(.statusBar).adding(.bold)),
            Span(" \(env) ", style: envStyle),
            Span(" \(UntrustedText.clean(state.config.apiHost, limit: 48)) ", style: theme.style(.statusBar)),
        ]
        // Said in words as well as colour: NO_COLOR, --color never and the mono theme show no danger red.
        if state.config.production { top.append(Span(" PRODUCTION ", style: theme.style(.danger).adding(.reverse).adding(.bold))) }
        if state.config.readOnly { top.append(Span(" READ-ONLY ", style: theme.style(.warn).adding(.reverse))) }
        TextLine(top, ellipsis: glyphs.ellipsis).render(area.row(0), into: &buffer)
        let right = dataState()
        let rw = min(area.width / 2, right.reduce(0) { $0 + $1.width })
        TextLine(right, alignment: .right, ellipsis: glyphs.ellipsis)
            .render(Rect(x: area.maxX - rw - 1, y: area.y, width: rw, height: 1), into: &buffer)
        TextLine(totals(width: area.width), ellipsis: glyphs.ellipsis).render(area.row(1), into: &buffer)
    }

    /// Sessions and lobbies at a glance, then a sparkline of the session total over recent polls in what room is left
    /// of `width` (up to 20 cells; none under 6), so it never pushes the lobbies off the line.
    func totals(width: Int) -> [Span] {
        var spans: [Span] = fleet()
        if let summary = state.fleet.summary, state.config.crawlRate > 0, !state.fleet.index.isPartial {
            spans += counts(ready: summary.ready, initializing: summary.initializing, failed: summary.failed, stuck: summary.stuck,
                            alwaysStuck: true)
        } else if let page = state.sessions.feed.value {
            // Each session in exactly one category, as its row's mark: failed (it carries an error) wins over ready,
            // ready over stuck, stuck over initializing.
            var count: [SessionRow.Health: Int] = [:]
            for s in page.sessions {
                let health = SessionRow.health(s, firstSeen: state.firstSeen(s.sessionID)?.at, now: state.now,
                                               stuckAfter: state.config.sessionStuckAfter, pending: false)
                count[health, default: 0] += 1
            }
            spans += [Span(" sessions ", style: theme.style(.muted)), Span("\(page.totalCount)", style: theme.style(.header)),
                      Span("  page:", style: theme.style(.muted))]
            spans += counts(ready: count[.ready] ?? 0, initializing: count[.initializing] ?? 0, failed: count[.failed] ?? 0,
                            stuck: count[.stuck] ?? 0)
        } else {
            spans.append(Span(" sessions …", style: theme.style(.muted)))
        }
        if let lobbies = state.lobbies.feed.value {
            // One category a lobby: error, then moving (deploying, terminating), then up (it has a url).
            let errors = lobbies.filter { LobbyStatus.isError($0.status) }.count
            let moving = lobbies.filter { !LobbyStatus.isError($0.status) && LobbyStatus.isTransitional($0.status) }.count
            let ready = lobbies.filter { !LobbyStatus.isError($0.status) && !LobbyStatus.isTransitional($0.status) && $0.isUsable }.count
            // The rest (released, never deployed) are idle: said when there are any, so the parts add up.
            let idle = lobbies.count - ready - moving - errors
            spans += [Span("  lobbies ", style: theme.style(.muted)), Span("\(lobbies.count)", style: theme.style(.header)),
                      Span(" (\(ready) up, \(moving) moving, \(errors) error\(idle > 0 ? ", \(idle) idle" : ""))", style: theme.style(.muted))]
        }
        let room = min(20, width - spans.reduce(0) { $0 + $1.width } - 3)
        if state.totalsHistory.count > 1 && room >= 6 {
            let bars = Sparkline(state.totalsHistory.map(Double.init), glyphs: glyphs).symbols(width: room)
            spans.append(Span("  " + String(bars), style: theme.style(.accent)))
        }
        return spans
    }

    /// `●980 ready ◌15 init ✖3 failed ▲2 stuck` (for the page, stuck only when there are any).
    func counts(ready: Int, initializing: Int, failed: Int, stuck: Int, alwaysStuck: Bool = false) -> [Span] {
        var spans = [Span(" \(glyphs.statusOK)\(ready) ready ", style: theme.style(.ok)),
                     Span("\(glyphs.statusPending)\(initializing) init ", style: theme.style(.warn)),
                     Span("\(glyphs.statusError)\(failed) failed", style: theme.style(.error))]
        if stuck > 0 || alwaysStuck { spans.append(Span(" \(glyphs.statusWarn)\(stuck) stuck", style: theme.style(.warn).adding(.bold))) }
        return spans
    }

    /// The fleet index's coverage and age: `fleet 8/10 pages · 40s old ·` while the first sweep runs, then
    /// `fleet 1000 · 12s old ·` (`≈1000` when the last sweep saw the pages shift); `page only` with the crawl off.
    func fleet() -> [Span] {
        guard state.config.crawlRate > 0 else { return [Span(" page only ·", style: theme.style(.muted))] }
        let f = state.fleet, index = f.index
        let age = index.oldestPage.map { " · \(TimeText.fleetAge(state.now.timeIntervalSince($0))) old" } ?? ""
        var spans: [Span] = [Span(" fleet ", style: theme.style(.muted))]
        if let c = Fleet.coverage(state), index.total != nil {
            spans.append(Span("\(c.read)/\(c.of) pages", style: theme.style(.header)))
        } else if index.isPartial {
            spans.append(Span("indexing…", style: theme.style(.header)))
        } else if let s = f.summary {
            spans.append(Span(s.census ? "\(s.total)" : "≈\(s.total)", style: theme.style(.header)))
        }
        var tail = age
        if f.status.error != nil { tail += " · retrying" } else if f.status.staleSince != nil { tail += " · stale" }
        if f.slowdown > 1 { tail += " · slowed" }
        spans.append(Span(tail + " ·", style: f.status.isStale ? theme.style(.warn) : theme.style(.muted)))
        return spans
    }

    /// `● updated 14:03:07` (the session page's time), `STALE 14s`, or the error and the retry countdown.
    func dataState() -> [Span] {
        let feeds = [state.sessions.feed.status, state.lobbies.feed.status]
        if let bad = feeds.first(where: { $0.error != nil }), let error = bad.error {
            let wait = bad.retryAt.map { max(0, Int($0.timeIntervalSince(state.now).rounded(.up))) } ?? 0
            // The countdown goes first: when space is short the error text is what gets cut, not the countdown.
            var spans = [Span(" retry in \(wait)s ", style: theme.style(.warn)),
                         Span(" \(glyphs.statusError) \(ErrorText.beside(countdown: error)) ", style: theme.style(.error))]
            if let at = bad.staleSince { spans.insert(Span(" STALE \(TimeText.age(state.now.timeIntervalSince(at))) ", style: theme.style(.warn).adding(.reverse)), at: 0) }
            return spans
        }
        if let at = feeds.compactMap(\.staleSince).min() {
            return [Span(" STALE ", style: theme.style(.warn).adding(.reverse)),
                    Span(" updated \(TimeText.age(state.now.timeIntervalSince(at))) ago ", style: theme.style(.warn))]
        }
        // Fresh everywhere: the time of the last session page (the lobbies' own time shows only once stale).
        guard let shown = state.sessions.updatedAt else { return [Span(" connecting… ", style: theme.style(.muted))] }
        return [Span(" \(glyphs.statusOK) ", style: theme.style(.ok)),
                Span("updated \(TimeText.clock(shown, zone: state.config.timeZone)) ", style: theme.style(.muted))]
    }
}
